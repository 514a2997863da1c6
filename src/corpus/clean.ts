/**
 * Turns a scraped news page into plain running text: page furniture (share buttons, "follow us"
 * lines, font-size widgets, separators) goes, every word of the article stays. Furniture rules only
 * ever drop short lines that do not read like a sentence, so a real sentence is never lost.
 */

export interface CleanOptions {
  /** The input is Markdown: strip its syntax and keep the words. */
  markdown?: boolean;
}

/** A line longer than this is prose, whatever words it starts with. */
const FURNITURE_MAX_CHARS = 160;

/** The font-size widget of News.Az and similar sites: "+ ↺ − 16 px", possibly after real content. */
const FONT_WIDGET = /\s*\+\s*↺\s*[−–-]\s*\d+\s*px\s*$/u;

const SOCIAL = /\b(?:telegram|whatsapp|twitter|facebook|instagram|youtube|tiktok|linkedin|threads|vk|vkontakte|google news)\b|(?:^|\s)@\w+/iu;
const CALL_TO_ACTION =
  /^(?:follow|subscribe|join|stay|like|share|sign up|download|get|read|bizi|abunə|izlə|подпис|присоедин|следите|читайте)|\b(?:follow us|subscribe|join us|our channel)\b|abunə ol|izləyin|подписывайтесь/iu;

/** Lines that are furniture whatever they say: no article sentence starts like these. */
const FURNITURE_ALWAYS: readonly RegExp[] = [
  /^(?:[-*_=~•·]\s*){3,}$/u, // separators: ---, ***, ===, • • •
  /^follow us\b/iu,
  /^stay up[- ]to[- ]date\b/iu,
  /^subscribe\b/iu,
  /^\(end\)$/iu, // Yonhap's end mark
];

/** Labels and link captions; a line that starts like one but reads as a sentence is kept. */
const FURNITURE_LABELS: readonly RegExp[] = [
  /^share(?: (?:on|this|via|to)\b.*)?$/iu,
  /^(?:read|see) (?:more|also)\b\s*(?::.*)?$/iu,
  /^(?:related|related news|related articles|most read|latest news|more news|tags|keywords|print|email|comments?|tweet|copy link|advertisement|реклама|reklam|font size)\s*(?::.*)?$/iu,
  /^(?:həmçinin oxuyun|oxu(?:yun)? (?:da|həmçinin)|digər xəbərlər|son xəbərlər|читайте также|по теме|подробнее)\s*(?::.*)?$/iu,
  /^(?:photo|photos|фото|foto|şəkil|video|источник|mənbə)\s*:.*$/iu,
  /^(?:©|\(c\)|copyright\b|all rights reserved\b|bütün hüquqlar\b|все права\b).*$/iu,
];

const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u00AD]/gu;
const SPACE_LIKE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/gu;

function looksLikeSentence(line: string): boolean {
  return /[.!?…]["'”»)]?$/u.test(line) && line.split(/\s+/u).length >= 6;
}

/** Whether a whole line is page furniture rather than article text. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > FURNITURE_MAX_CHARS) return false;
  if (FURNITURE_ALWAYS.some((rule) => rule.test(text))) return true;
  // "Read more about X in the report published on Monday." is prose, not a link caption.
  if (FURNITURE_LABELS.some((rule) => rule.test(text))) return !looksLikeSentence(text) || text.includes(':');
  return SOCIAL.test(text) && CALL_TO_ACTION.test(text) && !looksLikeSentence(text);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', laquo: '«', raquo: '»',
  hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return HTML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Strips Markdown and inline HTML, keeping the words (link text, emphasised text, code). */
export function stripMarkdown(text: string): string {
  const lines: string[] = [];
  for (const rawLine of text.replace(/<!--[\s\S]*?-->/gu, '').split('\n')) {
    let line = rawLine;
    if (/^\s*(?:```|~~~)/u.test(line)) continue; // code fence markers; the code inside stays
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/u.test(line)) continue; // reference link definitions
    if (/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u.test(line) && line.includes('|')) continue; // table rules
    line = line
      .replace(/^\s{0,3}#{1,6}\s+/u, '')
      .replace(/\s+#+\s*$/u, '')
      .replace(/^\s*(?:>\s?)+/u, '')
      .replace(/^\s*[-*+]\s+(?=\S)/u, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
      .replace(/!\[[^\]]*\]\[[^\]]*\]/gu, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
      .replace(/<(https?:\/\/[^>\s]+)>/gu, '$1')
      .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/giu, '')
      .replace(/`+([^`]+)`+/gu, '$1')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
      .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
      .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/gu, '$1');
    if (line.includes('|') && /^\s*\|.*\|\s*$/u.test(line)) {
      line = line.replace(/^\s*\||\|\s*$/gu, '').split('|').map((cell) => cell.trim()).join(' ');
    }
    lines.push(decodeEntities(line));
  }
  return lines.join('\n');
}

function normalizeLine(line: string): string {
  return line.replace(ZERO_WIDTH, '').replace(SPACE_LIKE, ' ').replace(/ {2,}/gu, ' ').trim();
}

/** A publication label at the start of a line: "date 2025-09-24", "Published: 2024-04-16 10:05". */
const DATE_LABEL = /^(?:date|dated|published|updated|posted|дата|tarix)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s+/iu;
/** Words of prose (three letters or more): what tells an article's first sentence from a readable date and a time zone. */
const PROSE_WORDS_AFTER_LABEL = 4;

/**
 * A scraped page often puts its publication label and the article's first sentence on one line
 * ("date 2025-09-24 Посольство ..."): the label becomes a line of its own, so the first sentence
 * (what an answer quotes) does not begin with it. A label followed only by a date and time stays.
 */
function withDateLabelApart(line: string): string[] {
  const label = DATE_LABEL.exec(line);
  if (label === null) return [line];
  const rest = line.slice(label[0].length);
  const words = rest.split(/\s+/u).filter((w) => /\p{L}{3,}/u.test(w) && !/utc|gmt/iu.test(w)).length;
  return words >= PROSE_WORDS_AFTER_LABEL ? [label[0].trim(), rest] : [line];
}

/** Units written as one square sign, as Korean and Japanese text does ("380㎞", "22㎡", "㏊"). */
const SQUARE_UNITS = /[\u3371-\u33df]/gu;

/** Square unit signs in the letters they stand for ("380㎞" → "380km"), so the number and its unit are words. */
export function withUnitsSpelledOut(text: string): string {
  return text.replace(SQUARE_UNITS, (sign) => sign.normalize('NFKC'));
}

/**
 * Cleans raw document text: NFC, unit signs spelled out, LF line ends, whitespace normalised inside
 * lines, furniture dropped, a publication label set apart from the prose that shares its line, runs
 * of blank lines collapsed to one, no leading or trailing blank lines.
 */
export function cleanText(raw: string, options: CleanOptions = {}): string {
  let text = withUnitsSpelledOut(raw.normalize('NFC')).replace(/\r\n?/gu, '\n');
  if (options.markdown) text = stripMarkdown(text);
  const kept: string[] = [];
  for (const line of text.split('\n').flatMap((rawLine) => withDateLabelApart(normalizeLine(normalizeLine(rawLine).replace(FONT_WIDGET, ''))))) {
    if (line !== '' && isFurnitureLine(line)) continue;
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}
