import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 56,
  "fittedFor": "lexical",
  "intercept": -5.685,
  "weights": {
    "coverage": 4.646,
    "focusFound": 0.742,
    "namesFound": 0.968,
    "unseenWords": -2.71,
    "kindInFirst": 1.088,
    "capsInFirst": 0.54
  },
  "threshold": 0.3,
  "declineAtZero": [
    "measureInArticle"
  ],
  "fit": {
    "trainQuestions": 414,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.968,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
