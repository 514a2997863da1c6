/**
 * What people add around a question in a chat, in the question's own language: greetings,
 * "please", thanks, "do you know", "I want to know". An answer must not change for them.
 */
export const CHAT_DRESSINGS: Readonly<Record<string, readonly ((question: string) => string)[]>> = {
  en: [(q) => `Hi! Please tell me, ${q} Thanks!`, (q) => `Do you know: ${q}`, (q) => `I want to know: ${q}`],
  az: [(q) => `Salam! Zəhmət olmasa deyin, ${q} Təşəkkürlər!`, (q) => `Bilmək istəyirəm: ${q}`],
  ru: [(q) => `Привет! Подскажите, пожалуйста, ${q} Спасибо!`, (q) => `Хочу узнать: ${q}`],
  ko: [(q) => `안녕하세요! 혹시 ${q.replace(/\?$/u, '')} 알려주세요. 감사합니다!`],
};

/** The dressed forms of a question in its language (none for another language). */
export function dressedForms(question: string, language: string | undefined): string[] {
  return (CHAT_DRESSINGS[language ?? ''] ?? []).map((dress) => dress(question));
}
