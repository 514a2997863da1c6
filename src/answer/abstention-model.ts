import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 8,
  "fittedFor": "lexical",
  "intercept": -3.216,
  "weights": {
    "coverage": 3.036,
    "focusFound": 1.07,
    "namesFound": 1.454,
    "unseenWords": -3
  },
  "threshold": 0.5,
  "fit": {
    "trainQuestions": 135,
    "heldOutQuestions": 63,
    "heldOutAccuracy": 0.841,
    "note": "seeds sets + development half A; checked on half B"
  }
};
