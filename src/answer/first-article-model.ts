import type { FirstArticleModel } from './first-article.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_ARTICLE_MODEL: FirstArticleModel = {
  "format": 1,
  "analyzerVersion": 310,
  "weights": {
    "chosenFirst": 0.638,
    "score": 0.865,
    "share": -0.132,
    "kind": -0.437,
    "exact": -0.018,
    "coverage": 1.451,
    "plainCoverage": 0.765,
    "names": 0.528,
    "retrieved": 0.452,
    "passages": 0.208,
    "sentences": -0.21,
    "title": 1.72,
    "site": 1.484
  },
  "margin": 2,
  "fit": {
    "trainAnswers": 532,
    "heldOutAnswers": 532,
    "heldOutRulesFirst": 390,
    "heldOutModelFirst": 427,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53, synthetic-55; held out: each set judged by the weights fitted on the others"
  }
};
