import type { AnswerLanguageTexts } from './catalogue.ts';

/** Russian questions get their answer's own sentences in Russian; the bot's interface stays en or az. */
export const ru: AnswerLanguageTexts = {
  abstention: 'Я не нашёл ответа на этот вопрос в источниках.',
  day: (year, month, day) => `${day} ${['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'][month - 1]} ${year}`,
};
