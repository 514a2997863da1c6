import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 26,
  "fittedFor": "lexical",
  "intercept": -5.172,
  "weights": {
    "coverage": 4.404,
    "focusFound": 0.591,
    "namesFound": 1.354,
    "unseenWords": -3.071,
    "kindInFirst": 0.778,
    "capsInFirst": 0.638
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.968,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
