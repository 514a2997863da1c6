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

/** What the bot understood of a document an admin added. Values are HTML-safe. */
export interface AddedFacts {
  title: string;
  outlet?: string;
  date?: string;
  language: string;
  passages: number;
  source: string;
}

/** An ingest's counts, for /reindex. Values are HTML-safe. */
export interface ReindexFacts {
  documents: number;
  added: number;
  changed: number;
  removed: number;
  skipped: string[];
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
  adminHelp: string;
  adminOnly: string;
  privateBot: string;
  corpusFixed: string;
  unsupportedFile(formats: string): string;
  fileTooBig(megabytes: number): string;
  added(facts: AddedFacts): string;
  notReadable(name: string, reason: string): string;
  storedNotIndexed(source: string): string;
  removeButton: string;
  removed(title: string, source: string): string;
  notFound(what: string): string;
  alreadyRemoved: string;
  reindexed(facts: ReindexFacts): string;
  upToDate(documents: number): string;
  addUsage: string;
  removeUsage: string;
  fetchFailed(url: string, reason: string): string;
  reindexFailed(reason: string): string;
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
  adminHelp:
    '<b>Admin</b>: send me a document (.txt, .md, .html, .pdf, .docx) or a link (or <code>/add link</code>) to add it; ' +
    '<code>/remove number</code> (from /sources) removes one; /reindex updates the index from the documents folder.',
  adminOnly: 'Sorry, only the bot’s admins can add or remove documents. Nothing was stored.',
  privateBot: 'Sorry, this bot is private and answers only in the chats it was set up for.',
  corpusFixed: 'Documents cannot be changed from Telegram in this setup.',
  unsupportedFile: (formats) => `I can add documents in these formats: ${formats}. Nothing was stored.`,
  fileTooBig: (mb) => `That file is larger than ${mb} MB, the most a bot can download from Telegram. Nothing was stored.`,
  added: (f) =>
    [
      '<b>Added</b>',
      `Title: ${f.title}`,
      `Outlet: ${f.outlet ?? '—'}`,
      `Date: ${f.date ?? '—'}`,
      `Language: ${f.language}`,
      `Passages: ${f.passages}`,
      `File: <code>${f.source}</code>`,
    ].join('\n'),
  notReadable: (name, reason) => `I could not read <code>${name}</code>: ${reason}. Nothing was stored.`,
  storedNotIndexed: (source) => `Stored as <code>${source}</code>, but the index could not be updated just now; it will be when the next update runs (or send /reindex).`,
  removeButton: 'Remove',
  removed: (title, source) => `Removed “${title}” (<code>${source}</code>). It is no longer cited.`,
  notFound: (what) => `No document “${what}”. /sources lists them with their numbers.`,
  alreadyRemoved: 'That document was already removed.',
  reindexed: (f) =>
    [
      `<b>Index updated</b>: ${f.documents} documents (added ${f.added}, changed ${f.changed}, removed ${f.removed}).`,
      ...(f.skipped.length > 0 ? ['Skipped:', ...f.skipped.map((s) => `• ${s}`)] : []),
    ].join('\n'),
  upToDate: (n) => `The index is up to date: ${n} documents.`,
  addUsage: 'Send <code>/add</code> followed by a link, e.g. <code>/add https://example.com/news/article</code>.',
  removeUsage: 'Send <code>/remove</code> followed by a document’s number from /sources or its file name.',
  fetchFailed: (url, reason) => `I could not add <code>${url}</code>: ${reason}. Nothing was stored.`,
  reindexFailed: (reason) => `The index could not be updated: ${reason}. Answers still come from the previous index.`,
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
  adminHelp:
    '<b>Admin</b>: sənəd (.txt, .md, .html, .pdf, .docx) və ya keçid (yaxud <code>/add keçid</code>) göndərin, əlavə edim; ' +
    '<code>/remove nömrə</code> (/sources siyahısından) sənədi silir; /reindex indeksi sənədlər qovluğundan yeniləyir.',
  adminOnly: 'Bağışlayın, sənədləri yalnız botun adminləri əlavə edə və silə bilər. Heç nə saxlanmadı.',
  privateBot: 'Bağışlayın, bu bot şəxsidir və yalnız üçün qurulduğu söhbətlərdə cavab verir.',
  corpusFixed: 'Bu quraşdırmada sənədləri Telegram-dan dəyişmək olmur.',
  unsupportedFile: (formats) => `Bu formatlarda sənəd əlavə edə bilirəm: ${formats}. Heç nə saxlanmadı.`,
  fileTooBig: (mb) => `Fayl ${mb} MB-dan böyükdür; bot Telegram-dan bundan böyük faylı yükləyə bilmir. Heç nə saxlanmadı.`,
  added: (f) =>
    [
      '<b>Əlavə edildi</b>',
      `Başlıq: ${f.title}`,
      `Mənbə: ${f.outlet ?? '—'}`,
      `Tarix: ${f.date ?? '—'}`,
      `Dil: ${f.language}`,
      `Parçalar: ${f.passages}`,
      `Fayl: <code>${f.source}</code>`,
    ].join('\n'),
  notReadable: (name, reason) => `<code>${name}</code> faylını oxuya bilmədim: ${reason}. Heç nə saxlanmadı.`,
  storedNotIndexed: (source) => `<code>${source}</code> kimi saxlandı, amma indeks indi yenilənə bilmədi; növbəti yeniləmədə (və ya /reindex ilə) yenilənəcək.`,
  removeButton: 'Sil',
  removed: (title, source) => `“${title}” silindi (<code>${source}</code>). Artıq ona istinad edilmir.`,
  notFound: (what) => `“${what}” adlı sənəd yoxdur. /sources sənədləri nömrələri ilə göstərir.`,
  alreadyRemoved: 'Bu sənəd artıq silinib.',
  reindexed: (f) =>
    [
      `<b>İndeks yeniləndi</b>: ${f.documents} sənəd (əlavə ${f.added}, dəyişən ${f.changed}, silinən ${f.removed}).`,
      ...(f.skipped.length > 0 ? ['Buraxıldı:', ...f.skipped.map((s) => `• ${s}`)] : []),
    ].join('\n'),
  upToDate: (n) => `İndeks aktualdır: ${n} sənəd.`,
  addUsage: '<code>/add</code> yazıb ardınca keçid göndərin, məsələn: <code>/add https://example.com/news/article</code>.',
  removeUsage: '<code>/remove</code> yazıb ardınca /sources siyahısındakı nömrəni və ya fayl adını göndərin.',
  fetchFailed: (url, reason) => `<code>${url}</code> əlavə edilmədi: ${reason}. Heç nə saxlanmadı.`,
  reindexFailed: (reason) => `İndeks yenilənə bilmədi: ${reason}. Cavablar hələ əvvəlki indeksdən verilir.`,
};

const MESSAGES: Record<TelegramLocale, Messages> = { en, az };

export function messages(locale: TelegramLocale): Messages {
  return MESSAGES[locale];
}

/** /stats figures, formatted and HTML-escaped by the caller. */
export interface StatsFacts {
  today: number;
  week: number;
  month: number;
  windowDays: number;
  abstained: number;
  /** e.g. "12.5%"; undefined without questions. */
  abstentionRate?: string;
  up: number;
  down: number;
  /** e.g. "85 ms"; undefined without questions. */
  medianLatency?: string;
  topSources: { source: string; count: number }[];
  unanswered: { text: string; count: number }[];
}

export type VoteEmoji = '👍' | '👎';

/** Text of the vote buttons' acknowledgements and of /stats. */
export interface FeedbackMessages {
  voteRecorded: string;
  voteChanged(vote: VoteEmoji): string;
  voteUnchanged(vote: VoteEmoji): string;
  voteUnrecorded: string;
  stats(facts: StatsFacts): string;
  statsAdminsOnly: string;
  statsPrivateOnly: string;
  statsOff: string;
  statsUnavailable: string;
}

const listed = <T>(items: T[], line: (item: T) => string): string[] => (items.length === 0 ? ['–'] : items.map(line));

const feedbackEn: FeedbackMessages = {
  voteRecorded: 'Thank you for your feedback!',
  voteChanged: (v) => `Your vote is now ${v}. Thank you!`,
  voteUnchanged: (v) => `You already voted ${v}.`,
  voteUnrecorded: 'Thank you! Your vote could not be saved just now.',
  stats: (f) =>
    [
      '<b>Statistics</b>',
      `Questions: ${f.today} today, ${f.week} in 7 days, ${f.month} in ${f.windowDays} days`,
      `Not answered: ${f.abstained} (${f.abstentionRate ?? '–'})`,
      `Votes: 👍 ${f.up}  👎 ${f.down}`,
      `Median answer time: ${f.medianLatency ?? '–'}`,
      '',
      '<b>Most cited documents</b>',
      ...listed(f.topSources, (s) => `${s.count}× ${s.source}`),
      '',
      '<b>Most frequent questions I could not answer</b>',
      ...listed(f.unanswered, (u) => `${u.count}× ${u.text}`),
      '',
      `<i>Figures other than the question counts cover the last ${f.windowDays} days.</i>`,
    ].join('\n'),
  statsAdminsOnly: 'This command is for the bot’s admins.',
  statsPrivateOnly: 'Please send /stats to me in a private chat.',
  statsOff: 'Questions are not recorded (QUESTION_LOG=false), so there are no statistics.',
  statsUnavailable: 'Statistics are unavailable: the feedback database cannot be read just now. The log says why.',
};

const feedbackAz: FeedbackMessages = {
  voteRecorded: 'Rəyiniz üçün təşəkkür edirik!',
  voteChanged: (v) => `Səsiniz ${v} olaraq dəyişdirildi. Təşəkkür edirik!`,
  voteUnchanged: (v) => `Siz artıq ${v} səs vermisiniz.`,
  voteUnrecorded: 'Təşəkkür edirik! Səsinizi hazırda yadda saxlamaq mümkün olmadı.',
  stats: (f) =>
    [
      '<b>Statistika</b>',
      `Suallar: bu gün ${f.today}, 7 gündə ${f.week}, ${f.windowDays} gündə ${f.month}`,
      `Cavabsız qalan: ${f.abstained} (${f.abstentionRate ?? '–'})`,
      `Səslər: 👍 ${f.up}  👎 ${f.down}`,
      `Cavab müddətinin medianı: ${f.medianLatency ?? '–'}`,
      '',
      '<b>Ən çox istinad edilən sənədlər</b>',
      ...listed(f.topSources, (s) => `${s.count}× ${s.source}`),
      '',
      '<b>Cavab verə bilmədiyim ən çox verilən suallar</b>',
      ...listed(f.unanswered, (u) => `${u.count}× ${u.text}`),
      '',
      `<i>Sualların sayından başqa bütün rəqəmlər son ${f.windowDays} günə aiddir.</i>`,
    ].join('\n'),
  statsAdminsOnly: 'Bu əmr yalnız botun administratorları üçündür.',
  statsPrivateOnly: 'Zəhmət olmasa /stats əmrini mənə şəxsi söhbətdə göndərin.',
  statsOff: 'Suallar qeydə alınmır (QUESTION_LOG=false), ona görə statistika yoxdur.',
  statsUnavailable: 'Statistika hazırda əlçatan deyil: rəy verilənlər bazası oxuna bilmir. Səbəbi jurnalda göstərilib.',
};

export function feedbackMessages(locale: TelegramLocale): FeedbackMessages {
  return locale === 'az' ? feedbackAz : feedbackEn;
}
