import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 28,
  "fittedFor": "lexical",
  "intercept": -5.275,
  "weights": {
    "coverage": 4.324,
    "focusFound": 0.593,
    "namesFound": 1.349,
    "unseenWords": -2.986,
    "kindInFirst": 0.93,
    "capsInFirst": 0.614
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.968,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
