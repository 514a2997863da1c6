import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 78,
  "fittedFor": "lexical",
  "intercept": -5.93,
  "weights": {
    "coverage": 4.736,
    "focusFound": 0.943,
    "namesFound": 0.978,
    "unseenWords": -2.745,
    "kindInFirst": 1.317,
    "capsInFirst": 0.271
  },
  "threshold": 0.25,
  "declineAtZero": [
    "measureInArticle"
  ],
  "fit": {
    "trainQuestions": 414,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.976,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
