import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 7,
  "fittedFor": "lexical",
  "intercept": -3.105,
  "weights": {
    "coverage": 2.993,
    "focusFound": 0.95,
    "namesFound": 1.478,
    "unseenWords": -2.929
  },
  "threshold": 0.5,
  "fit": {
    "trainQuestions": 135,
    "heldOutQuestions": 63,
    "heldOutAccuracy": 0.825,
    "note": "seeds sets + development half A; checked on half B"
  }
};
