import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 23,
  "fittedFor": "lexical",
  "intercept": -4.793,
  "weights": {
    "coverage": 4.184,
    "focusFound": 0.583,
    "namesFound": 1.268,
    "unseenWords": -2.892,
    "kindInFirst": 1.117
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.936,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
