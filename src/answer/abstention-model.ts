import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 28,
  "fittedFor": "lexical",
  "intercept": -5.293,
  "weights": {
    "coverage": 4.367,
    "focusFound": 0.59,
    "namesFound": 1.342,
    "unseenWords": -2.974,
    "kindInFirst": 0.929,
    "capsInFirst": 0.612
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.968,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
