import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 37,
  "fittedFor": "lexical",
  "intercept": -5.39,
  "weights": {
    "coverage": 4.406,
    "focusFound": 0.619,
    "namesFound": 1.198,
    "unseenWords": -2.828,
    "kindInFirst": 0.869,
    "capsInFirst": 0.765
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.96,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
