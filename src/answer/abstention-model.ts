import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 53,
  "fittedFor": "lexical",
  "intercept": -5.679,
  "weights": {
    "coverage": 4.647,
    "focusFound": 0.741,
    "namesFound": 0.967,
    "unseenWords": -2.712,
    "kindInFirst": 1.083,
    "capsInFirst": 0.539
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
