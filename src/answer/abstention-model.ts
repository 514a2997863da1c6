import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 58,
  "fittedFor": "lexical",
  "intercept": -5.653,
  "weights": {
    "coverage": 4.657,
    "focusFound": 0.715,
    "namesFound": 1.114,
    "unseenWords": -2.874,
    "kindInFirst": 1.222,
    "capsInFirst": 0.283
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
