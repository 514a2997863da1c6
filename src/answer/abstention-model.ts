import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 25,
  "fittedFor": "lexical",
  "intercept": -4.855,
  "weights": {
    "coverage": 4.201,
    "focusFound": 0.588,
    "namesFound": 1.269,
    "unseenWords": -2.88,
    "kindInFirst": 1.169
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.936,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
