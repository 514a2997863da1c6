import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The key file beside the database. Without it, stored hashes cannot be linked to user ids. */
export const USER_KEY_FILE = 'feedback.key';

/**
 * Reads DATA_DIR/feedback.key, creating it (32 random bytes, owner-only) on first use. Two
 * processes creating it at once both end up with the one that was written first.
 */
export function loadOrCreateUserKey(dataDir: string): Buffer {
  const file = path.join(dataDir, USER_KEY_FILE);
  try {
    fs.writeFileSync(file, randomBytes(32).toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  if (key.length < 16) throw new Error(`${file} does not hold a key (expected 64 hex digits)`);
  return key;
}

/** A Telegram user id as stored: HMAC-SHA256 under the key, 128 bits in base64url. */
export function hashUserId(key: Buffer, userId: number): string {
  return createHmac('sha256', key).update(`telegram-user:${userId}`).digest().subarray(0, 16).toString('base64url');
}
