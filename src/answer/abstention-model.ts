import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 26,
  "fittedFor": "lexical",
  "intercept": -4.61,
  "weights": {
    "coverage": 4.449,
    "focusFound": 0.526,
    "namesFound": 1.493,
    "unseenWords": -3.103,
    "kindInFirst": 0.636
  },
  "threshold": 0.3,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.96,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
