/**
 * Inline button payloads (Telegram allows at most 64 bytes):
 *   p:<number>:<ref>     show a cited passage in full (ref = Citation.ref, ≤ 24 ASCII characters)
 *   m:<questionId>:<offset>  the next passages for a remembered question
 *   s:<page>             a page of /sources
 *   x:<file>             remove a document an admin added (handled by features/admin.ts)
 */
export type ButtonAction =
  | { kind: 'passage'; number: number; ref: string }
  | { kind: 'more'; questionId: string; offset: number }
  | { kind: 'sources'; page: number };

export function encodeButton(action: ButtonAction): string {
  switch (action.kind) {
    case 'passage':
      return `p:${action.number}:${action.ref}`;
    case 'more':
      return `m:${action.questionId}:${action.offset}`;
    case 'sources':
      return `s:${action.page}`;
  }
}

export function decodeButton(data: string): ButtonAction | undefined {
  let match = /^p:(\d{1,3}):([\x21-\x7e]{1,40})$/.exec(data);
  if (match) return { kind: 'passage', number: Number(match[1]), ref: match[2]! };
  match = /^m:([0-9a-z]{1,12}):(\d{1,4})$/.exec(data);
  if (match) return { kind: 'more', questionId: match[1]!, offset: Number(match[2]) };
  match = /^s:(\d{1,5})$/.exec(data);
  if (match) return { kind: 'sources', page: Number(match[1]) };
  return undefined;
}
