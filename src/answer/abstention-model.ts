import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 16,
  "fittedFor": "lexical",
  "intercept": -3.51,
  "weights": {
    "coverage": 3.125,
    "focusFound": 1.064,
    "namesFound": 1.646,
    "unseenWords": -2.907
  },
  "threshold": 0.4,
  "fit": {
    "trainQuestions": 135,
    "heldOutQuestions": 63,
    "heldOutAccuracy": 0.873,
    "note": "seeds sets + development half A; checked on half B"
  }
};
