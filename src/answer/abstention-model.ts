import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 7,
  "fittedFor": "lexical",
  "intercept": -3.114,
  "weights": {
    "coverage": 2.974,
    "focusFound": 1.02,
    "namesFound": 1.424,
    "unseenWords": -2.759
  },
  "threshold": 0.5,
  "fit": {
    "trainQuestions": 134,
    "heldOutQuestions": 63,
    "heldOutAccuracy": 0.778,
    "note": "seeds sets + development half A; checked on half B"
  }
};
