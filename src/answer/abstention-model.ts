import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 9,
  "fittedFor": "lexical",
  "intercept": -3.22,
  "weights": {
    "coverage": 3.042,
    "focusFound": 1.069,
    "namesFound": 1.452,
    "unseenWords": -2.995
  },
  "threshold": 0.5,
  "fit": {
    "trainQuestions": 135,
    "heldOutQuestions": 63,
    "heldOutAccuracy": 0.841,
    "note": "seeds sets + development half A; checked on half B"
  }
};
