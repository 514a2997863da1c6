import type { TelegramLocale } from '../answer/telegram.ts';

export type { TelegramLocale };

/** 'az' for Azerbaijani speakers (language_code "az" or "az-…"), English for everyone else. */
export function localeOf(languageCode: string | undefined): TelegramLocale {
  return languageCode !== undefined && /^az(\b|[-_])/i.test(languageCode) ? 'az' : 'en';
}

export interface HelpFacts {
  documents: number;
  outlets: string[];
  /** Formatted date range, e.g. "2019 – 2023-05-23", or undefined when no document has a date. */
  dateRange?: string;
  botUsername: string;
}

export interface StatusFacts {
  documents: number;
  chunks: number;
  modelId: string;
  mode: 'hybrid' | 'lexical';
  modelError?: string;
  /** EMBEDDING_MODEL=none: keywords only by the operator's choice. */
  lexicalOnPurpose?: boolean;
  builtAt: string;
  /** The index could not be updated; the reason only for admins. */
  indexStale?: { reason?: string };
}

/** Every piece of interface text. Values that take arguments return HTML-safe text given HTML-safe arguments. */
export interface Messages {
  help(facts: HelpFacts): string;
  askHint: string;
  groupAskHint(botUsername: string): string;
  tooLong(max: number): string;
  rateLimited(seconds: number): string;
  /** Why a question was refused; `codePoint` like "202E". */
  controlCharacter(codePoint: string): string;
  noWords: string;
  notText: string;
  unknownCommand: string;
  apology: string;
  status(facts: StatusFacts): string;
  sourcesHeader(page: number, pages: number, total: number): string;
  noDocuments: string;
  staleSource: string;
  staleButton: string;
  noMore: string;
  more: string;
  previous: string;
  next: string;
  inlineHintTitle: string;
  inlineHintText(botUsername: string): string;
  inlineAbstainTitle: string;
  inlineAnswerTitle: string;
  inlineSourceTitle(n: number): string;
  commands: { command: string; description: string }[];
}

const en: Messages = {
  help: (f) =>
    [
      `I answer questions about <b>Azerbaijan–Korea relations</b> from ${f.documents} news document${f.documents === 1 ? '' : 's'}` +
        (f.outlets.length > 0 ? ` (${f.outlets.join(', ')})` : '') +
        (f.dateRange !== undefined ? `, dated ${f.dateRange}` : '') +
        '. Every sentence of an answer cites its source.',
      '',
      'Just send me a question, for example:',
      '• Who did Jeyhun Bayramov receive on May 23?',
      '• How many Azerbaijani students study in Korea?',
      '• Azərbaycan və Koreya arasında hansı sahələrdə əməkdaşlıq var?',
      '',
      `In groups: <code>/ask your question</code>, mention @${f.botUsername}, or reply to my answer.`,
      `Anywhere: type <code>@${f.botUsername} question</code> in any chat.`,
      '/sources lists the documents, /status shows the index.',
    ].join('\n'),
  askHint: 'Send me a question as text, e.g. “What did Azerbaijan and Korea agree on in education?”',
  groupAskHint: (u) => `Ask like this: <code>/ask your question</code> or <code>@${u} your question</code>.`,
  tooLong: (max) => `That question is too long. Please keep it under ${max} characters.`,
  rateLimited: (s) => `You are asking faster than I can keep up. Please try again in ${s} s.`,
  controlCharacter: (c) => `I cannot read that question: it contains an invisible control or text-direction character (U+${c}). Please type it again without it.`,
  noWords: 'That question has no words in it. Please ask in words.',
  notText: 'I can only read text. Please type your question.',
  unknownCommand: 'I do not know that command. Send /help to see what I can do.',
  apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
  status: (f) =>
    [
      '<b>Status</b>',
      `Documents: ${f.documents}`,
      `Passages: ${f.chunks}`,
      `Model: <code>${f.modelId}</code>`,
      f.mode === 'hybrid'
        ? 'Retrieval: hybrid (meaning + keywords)'
        : f.lexicalOnPurpose === true
          ? 'Retrieval: keywords only (chosen in the settings)'
          : `Retrieval: keywords only — the model could not be loaded${f.modelError !== undefined ? `: ${f.modelError}` : ''}`,
      `Index built: ${f.builtAt}`,
      ...(f.indexStale !== undefined
        ? [`The index could not be updated; answers come from this last good index.${f.indexStale.reason !== undefined ? ` ${f.indexStale.reason}` : ''}`]
        : []),
    ].join('\n'),
  sourcesHeader: (page, pages, total) => `<b>Documents</b> (${total}) — page ${page} of ${pages}`,
  noDocuments: 'No documents are indexed yet.',
  staleSource: 'This source changed since; ask again.',
  staleButton: 'This button has expired; please ask again.',
  noMore: 'There are no more passages for this question.',
  more: 'More',
  previous: '‹ Back',
  next: 'Next ›',
  inlineHintTitle: 'Ask about Azerbaijan–Korea relations',
  inlineHintText: (u) => `Type a question after @${u}, for example: @${u} Who is Korea's ambassador to Azerbaijan?`,
  inlineAbstainTitle: 'The sources do not cover this',
  inlineAnswerTitle: 'Answer',
  inlineSourceTitle: (n) => `Source [${n}]`,
  commands: [
    { command: 'ask', description: 'Ask a question (in groups)' },
    { command: 'sources', description: 'List the documents I know' },
    { command: 'status', description: 'Index size and retrieval mode' },
    { command: 'help', description: 'What I know and how to ask' },
  ],
};

const az: Messages = {
  help: (f) =>
    [
      `Mən <b>Azərbaycan–Koreya əlaqələri</b> haqqında suallara ${f.documents} xəbər sənədi əsasında cavab verirəm` +
        (f.outlets.length > 0 ? ` (${f.outlets.join(', ')})` : '') +
        (f.dateRange !== undefined ? `, tarixlər: ${f.dateRange}` : '') +
        '. Cavabın hər cümləsi öz mənbəyinə istinad edir.',
      '',
      'Sadəcə sualınızı yazın, məsələn:',
      '• Azərbaycan və Koreya arasında hansı sahələrdə əməkdaşlıq var?',
      '• Ceyhun Bayramov mayın 23-də kimi qəbul etdi?',
      '• How many Azerbaijani students study in Korea?',
      '',
      `Qruplarda: <code>/ask sualınız</code>, @${f.botUsername} qeyd edin və ya cavabıma cavab yazın.`,
      `Hər yerdə: istənilən söhbətdə <code>@${f.botUsername} sual</code> yazın.`,
      '/sources sənədlərin siyahısı, /status indeks haqqında məlumat.',
    ].join('\n'),
  askHint: 'Sualınızı mətn kimi göndərin, məsələn: “Azərbaycan və Koreya təhsil sahəsində nə barədə razılaşıb?”',
  groupAskHint: (u) => `Belə soruşun: <code>/ask sualınız</code> və ya <code>@${u} sualınız</code>.`,
  tooLong: (max) => `Sual çox uzundur. Zəhmət olmasa ${max} simvoldan qısa yazın.`,
  rateLimited: (s) => `Çox tez-tez soruşursunuz. Zəhmət olmasa ${s} saniyədən sonra yenidən cəhd edin.`,
  controlCharacter: (c) => `Bu sualı oxuya bilmirəm: içində görünməyən idarəetmə və ya yazı istiqaməti simvolu var (U+${c}). Zəhmət olmasa onsuz yenidən yazın.`,
  noWords: 'Sualda heç bir söz yoxdur. Zəhmət olmasa sözlərlə soruşun.',
  notText: 'Mən yalnız mətni oxuya bilirəm. Zəhmət olmasa sualınızı yazın.',
  unknownCommand: 'Bu əmri tanımıram. Nə edə bildiyimi görmək üçün /help göndərin.',
  apology: 'Bağışlayın, cavab hazırlanarkən xəta baş verdi. Bir azdan yenidən cəhd edin.',
  status: (f) =>
    [
      '<b>Vəziyyət</b>',
      `Sənədlər: ${f.documents}`,
      `Parçalar: ${f.chunks}`,
      `Model: <code>${f.modelId}</code>`,
      f.mode === 'hybrid'
        ? 'Axtarış: hibrid (məna + açar sözlər)'
        : f.lexicalOnPurpose === true
          ? 'Axtarış: yalnız açar sözlər (ayarlarda seçilib)'
          : `Axtarış: yalnız açar sözlər — model yüklənmədi${f.modelError !== undefined ? `: ${f.modelError}` : ''}`,
      `İndeks qurulub: ${f.builtAt}`,
      ...(f.indexStale !== undefined
        ? [`İndeks yenilənə bilmədi; cavablar bu son işlək indeksdəndir.${f.indexStale.reason !== undefined ? ` ${f.indexStale.reason}` : ''}`]
        : []),
    ].join('\n'),
  sourcesHeader: (page, pages, total) => `<b>Sənədlər</b> (${total}) — səhifə ${page} / ${pages}`,
  noDocuments: 'Hələ heç bir sənəd indekslənməyib.',
  staleSource: 'Bu mənbə o vaxtdan dəyişib; yenidən soruşun.',
  staleButton: 'Bu düymənin vaxtı keçib; zəhmət olmasa yenidən soruşun.',
  noMore: 'Bu sual üçün başqa parça yoxdur.',
  more: 'Daha çox',
  previous: '‹ Geri',
  next: 'İrəli ›',
  inlineHintTitle: 'Azərbaycan–Koreya əlaqələri haqqında soruşun',
  inlineHintText: (u) => `@${u} sözündən sonra sualınızı yazın, məsələn: @${u} Koreyanın Azərbaycandakı səfiri kimdir?`,
  inlineAbstainTitle: 'Mənbələr bu sualı əhatə etmir',
  inlineAnswerTitle: 'Cavab',
  inlineSourceTitle: (n) => `Mənbə [${n}]`,
  commands: [
    { command: 'ask', description: 'Sual verin (qruplarda)' },
    { command: 'sources', description: 'Bildiyim sənədlərin siyahısı' },
    { command: 'status', description: 'İndeksin ölçüsü və axtarış rejimi' },
    { command: 'help', description: 'Nə bildiyim və necə soruşmaq' },
  ],
};

const MESSAGES: Record<TelegramLocale, Messages> = { en, az };

export function messages(locale: TelegramLocale): Messages {
  return MESSAGES[locale];
}
