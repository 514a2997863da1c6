/**
 * Why a document or a page could not be used, as a stable code and the values its sentence
 * needs. Errors carry it in their context (`reasonCode`, `reasonValues`) next to the English
 * `reason`, so logs and the CLI keep the English text while the bot says it in the user's
 * language from the catalogue (src/i18n, `reasons`).
 */

type None = Record<string, never>;

/** Every reason code with the values its text needs. */
export interface ReasonValues {
  // A document (src/corpus/load.ts, src/corpus/extract/*)
  binaryNul: None;
  binaryControls: None;
  notUtf8: None;
  empty: None;
  noLetters: None;
  /** Text over MAX_DOCUMENT_BYTES; `bytes` of text. */
  textTooLong: { bytes: number; max: number };
  /** A file too big to open at all. */
  fileTooLarge: { bytes: number; max: number };
  pdfEncrypted: None;
  pdfDamaged: { detail: string };
  pdfNoTextLayer: None;
  docxDamaged: { detail: string };
  pageUnreadable: { detail: string };
  noArticle: None;
  // A link for /add (src/bot/fetch-page.ts)
  invalidUrl: None;
  scheme: None;
  credentials: None;
  privateAddress: { host: string };
  resolvesPrivate: { host: string; address: string };
  pageTooLarge: { megabytes: number };
  tooManyRedirects: { max: number };
  timeout: { seconds: number };
  network: { detail: string };
  httpStatus: { status: number };
  notWebPage: { contentType: string };
}

export type ReasonCode = keyof ReasonValues;

/** Every code, for tests and lookups; the check below makes a code left out a compile error. */
export const REASON_CODES = [
  'binaryNul',
  'binaryControls',
  'notUtf8',
  'empty',
  'noLetters',
  'textTooLong',
  'fileTooLarge',
  'pdfEncrypted',
  'pdfDamaged',
  'pdfNoTextLayer',
  'docxDamaged',
  'pageUnreadable',
  'noArticle',
  'invalidUrl',
  'scheme',
  'credentials',
  'privateAddress',
  'resolvesPrivate',
  'pageTooLarge',
  'tooManyRedirects',
  'timeout',
  'network',
  'httpStatus',
  'notWebPage',
] as const satisfies readonly ReasonCode[];
const allListed: Exclude<ReasonCode, (typeof REASON_CODES)[number]> extends never ? true : never = true;
void allListed;

/** A reason as errors carry it. */
export type Reason = { [C in ReasonCode]: { code: C; values: ReasonValues[C] } }[ReasonCode];

/** Builds a reason; the values are checked against the code. */
export function reason<C extends ReasonCode>(code: C, ...values: ReasonValues[C] extends None ? [] : [ReasonValues[C]]): Reason {
  return { code, values: values[0] ?? {} } as Reason;
}

/** The fields an error's context gets for a reason: English text, code and values. */
export function reasonContext(text: string, why?: Reason): Record<string, unknown> {
  return why === undefined ? { reason: text } : { reason: text, reasonCode: why.code, reasonValues: why.values };
}

/** The reason an error context carries, when its code is one this version knows. */
export function reasonFromContext(context: Readonly<Record<string, unknown>>): Reason | undefined {
  const code = context.reasonCode;
  const values = context.reasonValues;
  if (typeof code !== 'string' || !(REASON_CODES as readonly string[]).includes(code)) return undefined;
  if (typeof values !== 'object' || values === null) return undefined;
  return { code, values } as Reason;
}
