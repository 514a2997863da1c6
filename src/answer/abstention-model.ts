import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 47,
  "fittedFor": "lexical",
  "intercept": -5.506,
  "weights": {
    "coverage": 4.545,
    "focusFound": 0.721,
    "namesFound": 1.047,
    "unseenWords": -2.754,
    "kindInFirst": 0.869,
    "capsInFirst": 0.788
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.952,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
