import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 346,
  "fittedFor": "lexical",
  "intercept": -5.931,
  "weights": {
    "coverage": 4.767,
    "focusFound": 0.933,
    "namesFound": 0.969,
    "unseenWords": -2.717,
    "kindInFirst": 1.312,
    "capsInFirst": 0.251
  },
  "threshold": 0.25,
  "declineAtZero": [
    "measureInArticle"
  ],
  "fit": {
    "trainQuestions": 414,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.952,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
