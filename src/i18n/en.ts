import { ENGLISH_MONTHS } from '../corpus/types.ts';
import { listedOrDash, type Catalogue } from './catalogue.ts';
import { plural } from './plural.ts';

const documents = (n: number) => plural('en', n, { one: '# document', other: '# documents' });
const days = (n: number) => plural('en', n, { one: '# day', other: '# days' });

export const en: Catalogue = {
  abstention: 'I could not find this in the sources.',
  abstentionHint: 'Send /sources to see what the documents are about.',
  sources: 'Sources',
  untitled: 'Untitled',
  passage: 'Passage',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  day: (year, month, day) => `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`,

  help: (f) =>
    [
      `I answer questions about <b>Azerbaijan–Korea relations</b> from ${plural('en', f.documents, { one: '# news document', other: '# news documents' })}` +
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
  adminHelp:
    '<b>Admin</b>: send me a document (.txt, .md, .html, .pdf, .docx) or a link (or <code>/add link</code>) to add it; ' +
    '<code>/remove number</code> (from /sources) removes one; /reindex updates the index from the documents folder.',
  askHint: 'Send me a question as text, e.g. “What did Azerbaijan and Korea agree on in education?”',
  groupAskHint: (u) => `Ask like this: <code>/ask your question</code> or <code>@${u} your question</code>.`,
  tooLong: (max) => `That question is too long. Please keep it under ${plural('en', max, { one: '# character', other: '# characters' })}.`,
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
  readAs: 'Read as:',
  more: 'More',
  previous: '‹ Back',
  next: 'Next ›',
  inlineHintTitle: 'Ask about Azerbaijan–Korea relations',
  inlineHintText: (u) => `Type a question after @${u}, for example: @${u} Who is Korea's ambassador to Azerbaijan?`,
  inlineAbstainTitle: 'The sources do not cover this',
  inlineAnswerTitle: 'Answer',
  inlineSourceTitle: (n) => `Source [${n}]`,
  commands: {
    ask: 'Ask a question (in groups)',
    sources: 'List the documents I know',
    status: 'Index size and retrieval mode',
    help: 'What I know and how to ask',
  },

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
      `<b>Index updated</b>: ${documents(f.documents)} (added ${f.added}, changed ${f.changed}, removed ${f.removed}).`,
      ...(f.skipped.length > 0 ? ['Skipped:', ...f.skipped.map((s) => `• ${s}`)] : []),
    ].join('\n'),
  upToDate: (n) => `The index is up to date: ${documents(n)}.`,
  addUsage: 'Send <code>/add</code> followed by a link, e.g. <code>/add https://example.com/news/article</code>.',
  removeUsage: 'Send <code>/remove</code> followed by a document’s number from /sources or its file name.',
  fetchFailed: (url, reason) => `I could not add <code>${url}</code>: ${reason}. Nothing was stored.`,
  reasons: {
    binaryNul: () => 'binary file (contains NUL bytes), not text',
    binaryControls: () => 'binary file (mostly control characters), not text',
    notUtf8: () => 'not valid UTF-8 text; save it as UTF-8',
    empty: () => 'empty (no text left after cleaning)',
    noLetters: () => 'no letters in it (only digits, symbols or invisible characters), so nothing to answer from',
    textTooLong: (v) => `${v.bytes} bytes of text, more than MAX_DOCUMENT_BYTES (${v.max}); split it into smaller documents or raise MAX_DOCUMENT_BYTES`,
    fileTooLarge: (v) => `${v.bytes} bytes, larger than the limit of ${v.max} bytes; split it into smaller documents`,
    pdfEncrypted: () => 'encrypted PDF (needs a password); save an unprotected copy',
    pdfDamaged: (v) => `not a readable PDF (${v.detail})`,
    pdfNoTextLayer: () => 'the PDF has no text layer (a scanned document?); run OCR on it first',
    docxDamaged: (v) => `not a readable .docx: a damaged or non-Word archive (${v.detail})`,
    pageUnreadable: (v) => `the page could not be read (${v.detail})`,
    noArticle: () => 'no article text found in the page',
    invalidUrl: () => 'not a valid URL',
    scheme: () => 'only http and https links can be added',
    credentials: () => 'links with a user name or password are not fetched',
    privateAddress: (v) => `${v.host} is a private or reserved address`,
    resolvesPrivate: (v) => `${v.host} resolves to a private or reserved address (${v.address})`,
    pageTooLarge: (v) => `the page is larger than ${v.megabytes} MB`,
    tooManyRedirects: (v) => `more than ${v.max} redirects`,
    timeout: (v) => `no answer within ${v.seconds} s`,
    network: (v) => v.detail,
    httpStatus: (v) => `the server answered ${v.status}`,
    notWebPage: (v) => `not a web page (${v.contentType || 'no content type'})`,
  },
  reindexFailed: (reason) => `The index could not be updated: ${reason}. Answers still come from the previous index.`,
  modelNotLoaded: 'the embedding model is not loaded',

  voteRecorded: 'Thank you for your feedback!',
  voteChanged: (v) => `Your vote is now ${v}. Thank you!`,
  voteUnchanged: (v) => `You already voted ${v}.`,
  voteUnrecorded: 'Thank you! Your vote could not be saved just now.',
  stats: (f) =>
    [
      '<b>Statistics</b>',
      `Questions: ${f.today} today, ${f.week} in 7 days, ${f.month} in ${days(f.windowDays)}`,
      `Not answered: ${f.abstained} (${f.abstentionRate ?? '–'})`,
      `Votes: 👍 ${f.up}  👎 ${f.down}`,
      `Median answer time: ${f.medianLatency ?? '–'}`,
      '',
      '<b>Most cited documents</b>',
      ...listedOrDash(f.topSources, (s) => `${s.count}× ${s.source}`),
      '',
      '<b>Most frequent questions I could not answer</b>',
      ...listedOrDash(f.unanswered, (u) => `${u.count}× ${u.text}`),
      '',
      `<i>Figures other than the question counts cover the last ${days(f.windowDays)}.</i>`,
    ].join('\n'),
  statsAdminsOnly: 'This command is for the bot’s admins.',
  statsPrivateOnly: 'Please send /stats to me in a private chat.',
  statsOff: 'Questions are not recorded (QUESTION_LOG=false), so there are no statistics.',
  statsUnavailable: 'Statistics are unavailable: the feedback database cannot be read just now. The log says why.',
};
