import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 26,
  "fittedFor": "lexical",
  "intercept": -5.281,
  "weights": {
    "coverage": 4.394,
    "focusFound": 0.604,
    "namesFound": 1.362,
    "unseenWords": -3.047,
    "kindInFirst": 0.874,
    "capsInFirst": 0.649
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.968,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
