import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../src/cli/args.ts';

const SYNTAX = {
  command: 'feedback export',
  options: { since: { type: 'string' }, json: { type: 'boolean' } },
  positionals: false,
  usage: 'Usage: feedback export [--since DATE] [--json]',
} as const;

/** The USAGE error parseCommandArgs throws for `args`, or undefined when they parse. */
function mistake(args: string[], syntax: Parameters<typeof parseCommandArgs>[1] = SYNTAX): { code: string; message: string } | undefined {
  try {
    parseCommandArgs(args, syntax);
    return undefined;
  } catch (error) {
    return error as { code: string; message: string };
  }
}

describe('parseCommandArgs', () => {
  it('returns the values of known options and the other arguments', () => {
    expect(parseCommandArgs(['--since', '2026-05-01', '--json'], SYNTAX).values).toEqual({ since: '2026-05-01', json: true });
    const ask = parseCommandArgs(['Who', '--json', 'is', '--', '--status?'], { ...SYNTAX, command: 'ask', positionals: true });
    expect(ask.positionals).toEqual(['Who', 'is', '--status?']);
    expect(ask.values.json).toBe(true);
  });

  it.each([
    [['--bogus'], 'Unknown option --bogus for "feedback export".'],
    [['-x'], 'Unknown option -x for "feedback export".'],
    [['--since'], '--since needs a value.'],
    [['--since', '--json'], '--since needs a value.'],
    [['--json=yes'], '--json takes no value.'],
    [['stray'], 'feedback export takes no arguments.'],
  ])('refuses %j as a USAGE error that says why, followed by the usage', (args, why) => {
    expect(mistake(args)).toMatchObject({ code: 'USAGE', message: `${why}\n\n${SYNTAX.usage}` });
  });
});
