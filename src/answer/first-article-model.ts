import type { FirstArticleModel } from './first-article.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_ARTICLE_MODEL: FirstArticleModel = {
  "format": 1,
  "analyzerVersion": 312,
  "weights": {
    "chosenFirst": 0.613,
    "score": 0.754,
    "share": -0.081,
    "kind": -0.415,
    "exact": 0.066,
    "coverage": 1.481,
    "plainCoverage": 0.86,
    "names": 0.519,
    "retrieved": 0.461,
    "passages": 0.188,
    "sentences": -0.23,
    "title": 1.667,
    "site": 1.462,
    "year": 0.77
  },
  "margin": 1.5,
  "fit": {
    "trainAnswers": 532,
    "heldOutAnswers": 532,
    "heldOutRulesFirst": 390,
    "heldOutModelFirst": 436,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53, synthetic-55; held out: each set judged by the weights fitted on the others"
  }
};
