import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 21,
  "fittedFor": "lexical",
  "intercept": -4.71,
  "weights": {
    "coverage": 4.112,
    "focusFound": 0.6,
    "namesFound": 1.226,
    "unseenWords": -2.928,
    "kindInFirst": 1.121
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.928,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
