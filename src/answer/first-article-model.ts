import type { FirstArticleModel } from './first-article.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_ARTICLE_MODEL: FirstArticleModel = {
  "format": 1,
  "analyzerVersion": 316,
  "weights": {
    "chosenFirst": 0.545,
    "score": 0.733,
    "share": -0.187,
    "kind": -0.441,
    "exact": 0.04,
    "coverage": 1.784,
    "plainCoverage": 0.873,
    "names": 0.083,
    "retrieved": 0.557,
    "passages": 0.229,
    "sentences": -0.428,
    "title": 1.827,
    "site": 1.495,
    "year": 1.02
  },
  "margin": 1.5,
  "fit": {
    "trainAnswers": 750,
    "heldOutAnswers": 750,
    "heldOutRulesFirst": 538,
    "heldOutModelFirst": 615,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53, synthetic-55, synthetic-57, synthetic-59, synthetic-61, synthetic-63, synthetic-65, synthetic-67, synthetic-69, synthetic-71, synthetic-73; held out: each set judged by the weights fitted on the others"
  }
};
