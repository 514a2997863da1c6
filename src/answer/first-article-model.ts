import type { FirstArticleModel } from './first-article.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_ARTICLE_MODEL: FirstArticleModel = {
  "format": 1,
  "analyzerVersion": 346,
  "weights": {
    "chosenFirst": 0.559,
    "score": 0.76,
    "share": -0.215,
    "kind": -0.49,
    "exact": 0.013,
    "coverage": 1.703,
    "plainCoverage": 0.718,
    "names": -0.087,
    "retrieved": 0.528,
    "passages": 0.318,
    "sentences": -0.342,
    "title": 1.84,
    "site": 1.562,
    "year": 1.462
  },
  "margin": 1.5,
  "fit": {
    "trainAnswers": 760,
    "heldOutAnswers": 760,
    "heldOutRulesFirst": 543,
    "heldOutModelFirst": 619,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53, synthetic-55, synthetic-57, synthetic-59, synthetic-61, synthetic-63, synthetic-65, synthetic-67, synthetic-69, synthetic-71, synthetic-73; held out: each set judged by the weights fitted on the others"
  }
};
