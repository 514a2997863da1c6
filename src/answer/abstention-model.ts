import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 6,
  "fittedFor": "lexical",
  "intercept": -3.046,
  "weights": {
    "coverage": 2.966,
    "focusFound": 1.059,
    "namesFound": 1.35,
    "unseenWords": -2.75
  },
  "threshold": 0.5,
  "fit": {
    "trainQuestions": 134,
    "heldOutQuestions": 63,
    "heldOutAccuracy": 0.778,
    "note": "seeds sets + development half A; checked on half B"
  }
};
