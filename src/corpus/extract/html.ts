import type { Readability as ReadabilityOf } from '@mozilla/readability';
import { reason } from '../../reasons.ts';
import { unreadable, type ExtractedText } from './types.ts';

/** Fewer letters than this in the main text: a navigation page or an empty shell, not an article. */
const MIN_ARTICLE_LETTERS = 80;
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** The charset a page declares in its first bytes (meta charset or http-equiv), else UTF-8. */
function decode(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM tree with a blank line around every block element and a line break for <br>. */
function blockText(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push((node.textContent ?? '').replace(/\s+/gu, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (name === 'BR') {
    out.push('\n');
    return;
  }
  if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') return;
  const block = BLOCK.has(name);
  if (block) out.push('\n\n');
  for (let i = 0; i < node.childNodes.length; i++) blockText(node.childNodes[i]!, out);
  if (block) out.push('\n\n');
}

type ParseHtml = typeof import('linkedom').parseHTML;

function paragraphs(html: string, parseHTML: ParseHtml): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  blockText(document.body as unknown as DomNode, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

type Element = { getAttribute(name: string): string | null; textContent: string | null };
type Queryable = { querySelector(selector: string): Element | null; querySelectorAll(selector: string): ArrayLike<Element> };

interface LinkedData {
  headline?: string;
  datePublished?: string;
  url?: string;
}

/** The article a page describes in JSON-LD (schema.org NewsArticle and kin), which many news sites give instead of meta tags. */
function linkedData(document: Queryable): LinkedData {
  const found: LinkedData = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const item = node as Record<string, unknown>;
    const type = ([] as unknown[]).concat(item['@type'] ?? []).map(String);
    if (type.some((t) => /Article|BlogPosting|Report/u.test(t))) {
      if (typeof item.headline === 'string') found.headline ??= item.headline;
      if (typeof item.datePublished === 'string') found.datePublished ??= item.datePublished;
      if (typeof item.url === 'string') found.url ??= item.url;
    }
    if (item['@graph'] !== undefined) visit(item['@graph']);
  };
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the meta tags and the text still speak.
    }
  }
  return found;
}

function attribute(document: Queryable, selectors: readonly string[], name: string): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

/** "2024-05-23T10:00:00+04:00" → "2024-05-23", which the date rules read; other forms as they are. */
function dayOf(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null || value.trim() === '') return undefined;
  return /^\d{4}-\d{2}-\d{2}/u.exec(value.trim())?.[0] ?? value.trim();
}

function absoluteUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A saved web page: its main text through Mozilla's Readability (what Firefox's reader view
 * shows), the title, published date and canonical URL from the page's meta tags.
 */
export async function extractHtml(source: string, bytes: Uint8Array): Promise<ExtractedText> {
  // Loaded on first use: most runs (and every question) never read a page.
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  const { document } = parseHTML(decode(bytes));
  const doc = document as unknown as Queryable;
  // Read before Readability, which rewrites the document as it works.
  const ld = linkedData(doc);
  const url = absoluteUrl(attribute(doc, ['link[rel="canonical"]'], 'href') ?? attribute(doc, ['meta[property="og:url"]'], 'content') ?? ld.url);
  const metaTitle = attribute(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]'], 'content') ?? ld.headline?.trim();
  const metaDate = attribute(
    doc,
    ['meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[name="dc.date"]'],
    'content',
  ) ?? ld.datePublished ?? attribute(doc, ['time[datetime]'], 'datetime');
  let article: ReturnType<ReadabilityOf<string>['parse']>;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw unreadable(source, `the page could not be read (${detail})`, reason('pageUnreadable', { detail }));
  }
  const text = article?.content ? paragraphs(article.content, parseHTML) : '';
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_ARTICLE_LETTERS) throw unreadable(source, 'no article text found in the page', reason('noArticle'));
  const title = (metaTitle ?? article?.title ?? '').trim();
  const date = dayOf(metaDate) ?? dayOf(article?.publishedTime);
  return {
    text,
    ...(title !== '' ? { title } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}
