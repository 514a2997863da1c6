import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 52,
  "fittedFor": "lexical",
  "intercept": -5.704,
  "weights": {
    "coverage": 4.635,
    "focusFound": 0.739,
    "namesFound": 0.961,
    "unseenWords": -2.719,
    "kindInFirst": 1.079,
    "capsInFirst": 0.586
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
