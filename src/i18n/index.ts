import type { Language, PartialDate } from '../corpus/types.ts';
import { az } from './az.ts';
import { MENU_COMMANDS, type AnswerLanguageTexts, type Catalogue, type Locale } from './catalogue.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';
import { ru } from './ru.ts';

export * from './catalogue.ts';
export { plural, type PluralForms } from './plural.ts';

/** The interface catalogues; `satisfies` makes a missing language a compile error too. */
export const CATALOGUES = { en, az } as const satisfies Record<Locale, Catalogue>;

/** What every answer language says in an answer; questions of unknown language get English. */
export const ANSWER_LANGUAGE_TEXTS = { en, az, ru, ko, und: en } as const satisfies Record<Language, AnswerLanguageTexts>;

export function catalogue(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}

/** Telegram's command menu (setMyCommands) in `locale`. */
export function commandMenu(locale: Locale): { command: string; description: string }[] {
  return MENU_COMMANDS.map((command) => ({ command, description: CATALOGUES[locale].commands[command] }));
}

/** The sentence an answer gives when the sources do not cover the question, in its language. */
export function abstentionText(language: Language): string {
  return ANSWER_LANGUAGE_TEXTS[language].abstention;
}

/** "26 Aug 2022", "23 May", "Aug 2022", "2022" (Azerbaijani: "26 avqust 2022"); the date as written when none is known. */
export function formatDate(date: PartialDate, locale: Locale = 'en'): string {
  const month = date.month !== undefined ? CATALOGUES[locale].months[date.month - 1] : undefined;
  const parts = [date.day !== undefined && month !== undefined ? String(date.day) : undefined, month, date.year?.toString()];
  const shown = parts.filter((part): part is string => part !== undefined);
  return shown.length > 0 ? shown.join(' ') : date.raw;
}
