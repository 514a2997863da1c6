import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 12,
  "fittedFor": "lexical",
  "intercept": -3.504,
  "weights": {
    "coverage": 3.119,
    "focusFound": 1.063,
    "namesFound": 1.647,
    "unseenWords": -2.911
  },
  "threshold": 0.4,
  "fit": {
    "trainQuestions": 135,
    "heldOutQuestions": 63,
    "heldOutAccuracy": 0.873,
    "note": "seeds sets + development half A; checked on half B"
  }
};
