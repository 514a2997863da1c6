import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 35,
  "fittedFor": "lexical",
  "intercept": -5.352,
  "weights": {
    "coverage": 4.395,
    "focusFound": 0.615,
    "namesFound": 1.19,
    "unseenWords": -2.844,
    "kindInFirst": 0.874,
    "capsInFirst": 0.741
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.96,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
