import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 20,
  "fittedFor": "lexical",
  "intercept": -3.741,
  "weights": {
    "coverage": 3.085,
    "focusFound": 1.038,
    "namesFound": 1.616,
    "unseenWords": -2.9,
    "kindInFirst": 0.321
  },
  "threshold": 0.4,
  "fit": {
    "trainQuestions": 135,
    "heldOutQuestions": 63,
    "heldOutAccuracy": 0.905,
    "note": "seeds sets + development half A; checked on half B"
  }
};
