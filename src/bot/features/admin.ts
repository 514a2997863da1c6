import { Composer, InlineKeyboard } from 'grammy';
import { escapeHtml } from '../../answer/telegram.ts';
import { DOCUMENT_EXTENSION } from '../../corpus/extract/index.ts';
import { extractHtml } from '../../corpus/extract/html.ts';
import { parseFile } from '../../corpus/load.ts';
import { publishedDate } from '../../corpus/types.ts';
import { AppError, isAppError } from '../../errors.ts';
import { addedFileName, ADDED_FOLDER, isAddedFileName, pageAsText, removeDocumentFile, storeAddedDocument } from '../added-documents.ts';
import { DEFAULT_FETCH_LIMITS, fetchPage } from '../fetch-page.ts';
import { formatDate, type Catalogue } from '../../i18n/index.ts';
import { reasonFromContext, type Reason } from '../../reasons.ts';
import type { BotContext } from '../i18n.ts';
import type { BotServices, CorpusControl } from '../services.ts';

/** The Bot API lets a bot download files up to 20 MB. */
const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 120_000;
const FORMATS = '.txt, .md, .html, .htm, .pdf, .docx';
/** Remove button: `x:<name of the file in SEEDS_DIR/added/>` (at most 60 bytes, see addedFileName). */
const REMOVE_PREFIX = 'x:';

/** A reason as HTML in the user's language; the English text for a code the catalogue does not know. */
function sayReason(t: Catalogue, why: Reason | undefined, english: string): string {
  if (why === undefined) return escapeHtml(english);
  const values = Object.fromEntries(Object.entries(why.values).map(([key, value]) => [key, typeof value === 'string' ? escapeHtml(value) : value]));
  // The code picks the function and the values were built for that code (see reason()).
  return (t.reasons[why.code] as (values: unknown) => string)(values);
}

/** English, for logs. */
function reasonOf(error: AppError): string {
  return typeof error.context.reason === 'string' ? error.context.reason : error.message;
}

function sayErrorReason(t: Catalogue, error: AppError): string {
  return sayReason(t, reasonFromContext(error.context), reasonOf(error));
}

/** Downloads a file a user sent, through getFile and the Bot API's file path; the token stays out of every error. */
async function downloadFile(ctx: BotContext, services: BotServices, fileId: string): Promise<Buffer> {
  const file = await ctx.api.getFile(fileId);
  if (file.file_path === undefined) throw new AppError('FILE_DOWNLOAD_FAILED', 'Telegram gave no path to download the file from.');
  const url = `${services.config.telegramApiRoot}/file/bot${ctx.api.token}/${file.file_path}`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (error) {
    throw new AppError('FILE_DOWNLOAD_FAILED', `Downloading the file from Telegram failed (${services.describeError(error)}).`);
  }
  if (!response.ok) throw new AppError('FILE_DOWNLOAD_FAILED', `Downloading the file from Telegram failed (HTTP ${response.status}).`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > MAX_DOWNLOAD_BYTES) throw new AppError('FILE_DOWNLOAD_FAILED', 'The file is larger than 20 MB.');
  return bytes;
}

async function replyHtml(ctx: BotContext, text: string, keyboard?: InlineKeyboard): Promise<void> {
  await ctx.reply(text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...(keyboard !== undefined ? { reply_markup: keyboard } : {}) });
}

/** Ingests the stored document and replies with what was understood of it, and a button that removes it. */
async function ingestAndReport(ctx: BotContext, services: BotServices, corpus: CorpusControl, source: string): Promise<void> {
  const text = ctx.t;
  const result = await corpus.refresh();
  const doc = services.engine.documents().find((d) => d.source === source);
  if (doc === undefined) {
    const skipped = result.summary?.skipped.find((s) => s.source === source);
    if (skipped !== undefined) {
      await removeDocumentFile(corpus.seedsDir, source);
      await replyHtml(ctx, text.notReadable(escapeHtml(source), sayReason(text, skipped.why, skipped.reason)));
    } else {
      await replyHtml(ctx, text.storedNotIndexed(escapeHtml(source)));
    }
    return;
  }
  const meta = doc.meta;
  const published = publishedDate(meta);
  const facts = {
    title: escapeHtml(meta.title),
    ...(meta.outlet !== undefined ? { outlet: escapeHtml(meta.outlet) } : {}),
    ...(published !== undefined ? { date: escapeHtml(formatDate(published, ctx.locale)) } : {}),
    language: meta.language,
    passages: doc.chunks,
    source: escapeHtml(source),
  };
  const name = source.slice(ADDED_FOLDER.length + 1);
  services.logger.info('document added', { source, passages: doc.chunks, by: ctx.from?.id });
  await replyHtml(ctx, text.added(facts), new InlineKeyboard().text(text.removeButton, `${REMOVE_PREFIX}${name}`));
}

async function addDocument(ctx: BotContext, services: BotServices, corpus: CorpusControl): Promise<void> {
  const text = ctx.t;
  const document = ctx.msg?.document;
  if (document === undefined) return;
  const name = document.file_name ?? 'document';
  const extension = /\.[^.]+$/u.exec(name)?.[0];
  if (extension === undefined || !DOCUMENT_EXTENSION.test(name)) {
    await replyHtml(ctx, text.unsupportedFile(FORMATS));
    return;
  }
  if ((document.file_size ?? 0) > MAX_DOWNLOAD_BYTES) {
    await replyHtml(ctx, text.fileTooBig(MAX_DOWNLOAD_BYTES / 1024 / 1024));
    return;
  }
  await ctx.replyWithChatAction('typing').catch(() => {});
  const bytes = await downloadFile(ctx, services, document.file_id);
  // Read before storing: a file that cannot be read is refused, and nothing is stored.
  try {
    await parseFile(name, bytes, { maxTextBytes: services.config.maxDocumentBytes });
  } catch (error) {
    if (!isAppError(error, 'DOCUMENT_UNREADABLE')) throw error;
    await replyHtml(ctx, text.notReadable(escapeHtml(name), sayErrorReason(text, error)));
    return;
  }
  const source = await storeAddedDocument(corpus.seedsDir, addedFileName(name, extension), bytes);
  await ingestAndReport(ctx, services, corpus, source);
}

async function addPage(ctx: BotContext, services: BotServices, corpus: CorpusControl, link: string): Promise<void> {
  const text = ctx.t;
  await ctx.replyWithChatAction('typing').catch(() => {});
  let stored: string;
  try {
    const page = await fetchPage(link, { ...DEFAULT_FETCH_LIMITS, allowPrivate: services.config.allowPrivateUrls });
    const url = new URL(page.url);
    const extracted = await extractHtml(`${url.hostname}${url.pathname}`, page.bytes);
    const name = addedFileName(`${url.hostname}${url.pathname}`.replace(/\/+$/u, ''), '.txt');
    stored = await storeAddedDocument(corpus.seedsDir, name, Buffer.from(pageAsText(page.url, extracted)));
  } catch (error) {
    if (!isAppError(error, 'URL_REFUSED') && !isAppError(error, 'PAGE_FETCH_FAILED') && !isAppError(error, 'DOCUMENT_UNREADABLE')) throw error;
    services.logger.info('page not added', { url: link, reason: reasonOf(error) });
    await replyHtml(ctx, text.fetchFailed(escapeHtml(link), sayErrorReason(text, error)));
    return;
  }
  await ingestAndReport(ctx, services, corpus, stored);
}

/** Finds a document by its number in /sources, its source path, or a file name only one document has. */
function findDocument(services: BotServices, what: string) {
  const documents = services.engine.documents();
  if (/^\d+$/u.test(what)) return documents[Number(what) - 1];
  const exact = documents.find((d) => d.source === what);
  if (exact !== undefined) return exact;
  const byName = documents.filter((d) => d.source.split('/').pop() === what);
  return byName.length === 1 ? byName[0] : undefined;
}

async function removeAndReport(ctx: BotContext, services: BotServices, corpus: CorpusControl, source: string, title: string): Promise<void> {
  await removeDocumentFile(corpus.seedsDir, source);
  await corpus.refresh();
  services.logger.info('document removed', { source, by: ctx.from?.id });
  await replyHtml(ctx, ctx.t.removed(escapeHtml(title), escapeHtml(source)));
}

/**
 * Admins (ADMIN_USER_IDS) grow the corpus from a private chat: a document sent as a file, a
 * link with /add (or a bare link), /remove, /reindex and the remove button under each summary.
 * Anyone else who sends a file or an admin command is refused politely, and nothing is stored.
 */
export function adminFeature(services: BotServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && services.config.adminUserIds.includes(ctx.from.id);
  const admin = feature.chatType('private');

  /** Runs `work` for an admin when the corpus can change; otherwise says why not. */
  const forAdmin =
    (work: (ctx: BotContext, corpus: CorpusControl) => Promise<void>) =>
    async (ctx: BotContext): Promise<void> => {
      if (!isAdmin(ctx)) return replyHtml(ctx, ctx.t.adminOnly);
      if (services.corpus === undefined) return replyHtml(ctx, ctx.t.corpusFixed);
      await work(ctx, services.corpus);
    };

  admin.on('message:document', forAdmin((ctx, corpus) => addDocument(ctx, services, corpus)));
  admin.command(
    'add',
    forAdmin(async (ctx, corpus) => {
      const link = typeof ctx.match === 'string' ? ctx.match.trim() : '';
      if (link === '') return replyHtml(ctx, ctx.t.addUsage);
      await addPage(ctx, services, corpus, link);
    }),
  );
  admin.on('message:text', async (ctx, next) => {
    const link = ctx.msg.text.trim();
    if (!isAdmin(ctx) || services.corpus === undefined || !/^https?:\/\/\S+$/iu.test(link)) return next();
    await addPage(ctx, services, services.corpus, link);
  });
  admin.command(
    'remove',
    forAdmin(async (ctx, corpus) => {
      const what = typeof ctx.match === 'string' ? ctx.match.trim() : '';
      if (what === '') return replyHtml(ctx, ctx.t.removeUsage);
      const doc = findDocument(services, what);
      if (doc === undefined) return replyHtml(ctx, ctx.t.notFound(escapeHtml(what)));
      await removeAndReport(ctx, services, corpus, doc.source, doc.meta.title);
    }),
  );
  admin.command(
    'reindex',
    forAdmin(async (ctx, corpus) => {
      await ctx.replyWithChatAction('typing').catch(() => {});
      const result = await corpus.refresh();
      const summary = result.summary;
      if (summary === undefined) {
        const reason = result.error === undefined ? ctx.t.modelNotLoaded : services.describeError(result.error);
        return replyHtml(ctx, ctx.t.reindexFailed(escapeHtml(reason)));
      }
      if (summary.unchanged && summary.skipped.length === 0) return replyHtml(ctx, ctx.t.upToDate(summary.documents));
      await replyHtml(
        ctx,
        ctx.t.reindexed({
          documents: summary.documents,
          added: summary.addedDocuments,
          changed: summary.changedDocuments,
          removed: summary.removedDocuments,
          skipped: summary.skipped.map((s) => `${escapeHtml(s.source)}: ${sayReason(ctx.t, s.why, s.reason)}`),
        }),
      );
    }),
  );

  feature.callbackQuery(new RegExp(`^${REMOVE_PREFIX}`), async (ctx) => {
    const name = ctx.callbackQuery.data.slice(REMOVE_PREFIX.length);
    if (!isAdmin(ctx) || services.corpus === undefined) {
      await ctx.answerCallbackQuery({ text: ctx.t.adminOnly, show_alert: true });
      return;
    }
    const source = `${ADDED_FOLDER}/${name}`;
    const doc = services.engine.documents().find((d) => d.source === source);
    if (!isAddedFileName(name) || doc === undefined) {
      await ctx.answerCallbackQuery({ text: ctx.t.alreadyRemoved, show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    await removeAndReport(ctx, services, services.corpus, source, doc.meta.title);
  });
  return feature;
}
