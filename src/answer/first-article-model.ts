import type { FirstArticleModel } from './first-article.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_ARTICLE_MODEL: FirstArticleModel = {
  "format": 1,
  "analyzerVersion": 277,
  "weights": {
    "chosenFirst": 0.598,
    "score": 1.113,
    "share": 0.145,
    "kind": -0.872,
    "exact": -0.139,
    "coverage": 1.335,
    "plainCoverage": 0.686,
    "names": 1.391,
    "retrieved": -0.07,
    "passages": 0.386,
    "sentences": -0.097,
    "title": 2.125
  },
  "margin": 1.5,
  "fit": {
    "trainAnswers": 444,
    "heldOutAnswers": 444,
    "heldOutRulesFirst": 328,
    "heldOutModelFirst": 343,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53, synthetic-55; held out: each set judged by the weights fitted on the others"
  }
};
