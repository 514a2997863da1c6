/** Tag names Telegram HTML allows that our replies use. */
const ALLOWED_TAGS = new Set(['b', 'a', 'code', 'i']);

/**
 * Checks a Telegram HTML message: only known tags, properly nested and closed, every `&` an
 * entity, no raw `<` or `>` outside tags, and attribute values quoted without raw quotes.
 * Returns the problems found (empty when the message is well formed).
 */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const token = /<(\/?)([a-z]+)((?:\s+[a-z]+="[^"<>]*")*)\s*>|&(amp|lt|gt|quot);|([<>&])/g;
  for (let m = token.exec(html); m !== null; m = token.exec(html)) {
    if (m[5] !== undefined) {
      problems.push(`raw ${m[5]} at ${m.index}: ${JSON.stringify(html.slice(Math.max(0, m.index - 20), m.index + 20))}`);
      continue;
    }
    if (m[2] === undefined) continue;
    const name = m[2];
    if (!ALLOWED_TAGS.has(name)) problems.push(`unexpected tag <${name}>`);
    if (m[1] === '/') {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else {
      stack.push(name);
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  return problems;
}
