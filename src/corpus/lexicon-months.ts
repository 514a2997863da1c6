// The months (en, az, ru; Korean writes them as numbers, 3월), the last lines of the lexicon
// (lexicon.ts spreads them at its end). MONTH_CONCEPTS (concepts.ts) names them by their ids.

export const MONTH_LINES: readonly string[] = [
  'january jan yanvar январь янв январский январского январском',
  'february feb fevral февраль февр февральский февральского февральском',
  'march mar mart март мартовский мартовского мартовском',
  'april apr aprel апрель апр апрельский апрельского апрельском',
  'may май майский майского майском',
  'june jun iyun июнь июньский июньского июньском',
  'july jul iyul июль июльский июльского июльском',
  'august aug avqust август авг августовский августовского августовском',
  'september sept sep sentyabr сентябрь сент сентябрьский сентябрьского сентябрьском',
  'october oct oktyabr октябрь окт октябрьский октябрьского октябрьском',
  'november nov noyabr ноябрь нояб ноябрьский ноябрьского ноябрьском',
  'december dec dekabr декабрь дек декабрьский декабрьского декабрьском',
];
