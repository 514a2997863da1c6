import { Composer, GrammyError, InlineKeyboard } from 'grammy';
import { renderSourceLine, TELEGRAM_MESSAGE_LIMIT } from '../../answer/telegram.ts';
import { decodeButton, encodeButton } from '../callback-data.ts';
import { catalogue, type Locale } from '../../i18n/index.ts';
import type { BotContext } from '../i18n.ts';
import type { BotServices } from '../services.ts';

const DOCUMENTS_PER_PAGE = 10;
/** Room kept for the page header. */
const HEADER_ROOM = 200;

/** Source lines grouped into pages of at most ten that each fit one message. */
export function pageLines(lines: string[], perPage = DOCUMENTS_PER_PAGE, limit = TELEGRAM_MESSAGE_LIMIT - HEADER_ROOM): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (page.length > 0 && (page.length >= perPage || size + line.length + 1 > limit)) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(line);
    size += line.length + 1;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

function sourcesPage(services: BotServices, locale: Locale, requested: number): { text: string; keyboard?: InlineKeyboard } {
  const text = catalogue(locale);
  const documents = services.engine.documents();
  if (documents.length === 0) return { text: text.noDocuments };
  const lines = documents.map((doc, i) => `${i + 1}. ${renderSourceLine(doc.meta, locale)}`);
  const pages = pageLines(lines);
  const page = Math.min(Math.max(requested, 0), pages.length - 1);
  const body = `${text.sourcesHeader(page + 1, pages.length, documents.length)}\n\n${pages[page]!.join('\n')}`;
  if (pages.length === 1) return { text: body };
  const keyboard = new InlineKeyboard();
  if (page > 0) keyboard.text(text.previous, encodeButton({ kind: 'sources', page: page - 1 }));
  if (page < pages.length - 1) keyboard.text(text.next, encodeButton({ kind: 'sources', page: page + 1 }));
  return { text: body, keyboard };
}

/** /sources: the indexed documents (title, outlet, date), paged with buttons when long. */
export function sourcesFeature(services: BotServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('sources', async (ctx) => {
    const { text, keyboard } = sourcesPage(services, ctx.locale, 0);
    await ctx.reply(text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_markup: keyboard });
  });
  feature.callbackQuery(/^s:/, async (ctx) => {
    const action = decodeButton(ctx.callbackQuery.data);
    const locale = ctx.locale;
    if (action?.kind !== 'sources' || ctx.callbackQuery.message === undefined) {
      await ctx.answerCallbackQuery({ text: ctx.t.staleButton });
      return;
    }
    const { text, keyboard } = sourcesPage(services, locale, action.page);
    await ctx.answerCallbackQuery();
    try {
      await ctx.editMessageText(text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_markup: keyboard });
    } catch (error) {
      // A double tap asks for the page already shown; Telegram refuses the identical edit.
      if (!(error instanceof GrammyError && /not modified/i.test(error.description))) throw error;
    }
  });
  return feature;
}
