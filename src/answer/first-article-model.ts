import type { FirstArticleModel } from './first-article.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_ARTICLE_MODEL: FirstArticleModel = {
  "format": 1,
  "analyzerVersion": 310,
  "weights": {
    "chosenFirst": 0.513,
    "score": 1.22,
    "share": -0.02,
    "kind": -0.833,
    "exact": -0.087,
    "coverage": 1.541,
    "plainCoverage": 0.459,
    "names": 1.454,
    "retrieved": 0.021,
    "passages": 0.384,
    "sentences": -0.133,
    "title": 2.247
  },
  "margin": 1.5,
  "fit": {
    "trainAnswers": 472,
    "heldOutAnswers": 472,
    "heldOutRulesFirst": 341,
    "heldOutModelFirst": 362,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53, synthetic-55; held out: each set judged by the weights fitted on the others"
  }
};
