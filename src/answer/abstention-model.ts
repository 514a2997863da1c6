import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 19,
  "fittedFor": "lexical",
  "intercept": -3.745,
  "weights": {
    "coverage": 3.088,
    "focusFound": 1.041,
    "namesFound": 1.616,
    "unseenWords": -2.899,
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
