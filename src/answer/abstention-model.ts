import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 39,
  "fittedFor": "lexical",
  "intercept": -5.425,
  "weights": {
    "coverage": 4.415,
    "focusFound": 0.654,
    "namesFound": 1.178,
    "unseenWords": -2.836,
    "kindInFirst": 0.859,
    "capsInFirst": 0.775
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.96,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
