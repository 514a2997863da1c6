import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExtractedText } from '../corpus/extract/index.ts';

/** Documents admins add from Telegram live here, inside SEEDS_DIR, beside the others. */
export const ADDED_FOLDER = 'added';
/** Keeps `x:<name>` (the remove button) within Telegram's 64 bytes of callback data. */
const SLUG_CHARS = 32;

/** ASCII letters, digits and dashes only: safe in any file system, a URL and callback data. */
function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return ascii.slice(0, SLUG_CHARS).replace(/-+$/u, '') || 'document';
}

/**
 * A new, unique file name for an added document: time, random part, and the original name as
 * a slug, with the original extension ("20240523-101500-3fa9-press-release.pdf").
 */
export function addedFileName(original: string, extension: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/gu, '').replace('T', '-').slice(0, 15);
  const base = original.replace(/\.[^.]*$/u, '');
  return `${stamp}-${crypto.randomBytes(2).toString('hex')}-${slug(base)}${extension.toLowerCase()}`;
}

/** Whether a name could have come from addedFileName (so a button cannot name another path). */
export function isAddedFileName(name: string): boolean {
  return /^\d{8}-\d{6}-[0-9a-f]{4}-[a-z0-9-]{1,32}\.(?:txt|md|html?|pdf|docx)$/u.test(name);
}

/**
 * Writes the file under SEEDS_DIR/added/ by a hidden temporary name first and renames it, so
 * neither the watcher nor an ingest ever reads half a document. Returns its source path.
 */
export async function storeAddedDocument(seedsDir: string, name: string, bytes: Uint8Array): Promise<string> {
  const folder = path.join(seedsDir, ADDED_FOLDER);
  await fs.mkdir(folder, { recursive: true });
  const staging = path.join(folder, `.${name}.part`);
  await fs.writeFile(staging, bytes, { flag: 'wx' });
  await fs.rename(staging, path.join(folder, name));
  return `${ADDED_FOLDER}/${name}`;
}

/** The text file /add stores for a page: its `source:` line, title and date, then the article. */
export function pageAsText(url: string, page: ExtractedText): string {
  const head = [`source: ${page.url ?? url}`, ''];
  if (page.title !== undefined) head.push(page.title, '');
  if (page.date !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(page.date)) head.push(page.date, '');
  return `${head.join('\n')}${page.text}\n`;
}

/** Deletes a document file given its source path; refuses any path that leaves SEEDS_DIR. */
export async function removeDocumentFile(seedsDir: string, source: string): Promise<boolean> {
  const root = path.resolve(seedsDir);
  const target = path.resolve(root, source);
  if (!target.startsWith(root + path.sep)) return false;
  try {
    await fs.rm(target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
