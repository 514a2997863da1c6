import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { AppError } from '../errors.ts';

/** The `options` of node:util.parseArgs: each option's type, and whether it repeats. */
export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

interface Strict<T extends OptionsConfig> {
  options: T;
  strict: true;
  allowPositionals: true;
}

/** What node:util.parseArgs returns for `options` in strict mode. */
export type ParsedCommandArgs<T extends OptionsConfig> = ReturnType<typeof parseArgs<Strict<T>>>;

/** A wrong use of the command line: the message, then the usage text (exit code 2). */
export function usageError(message: string, usage: string): AppError {
  return new AppError('USAGE', `${message}\n\n${usage}`);
}

export interface CommandSyntax<T extends OptionsConfig> {
  /** As the user typed it, for messages: "ask", "feedback export". */
  command: string;
  options: T;
  /** Whether the command takes arguments besides its options. */
  positionals: boolean;
  usage: string;
}

/**
 * The arguments of one command, parsed by node:util.parseArgs in strict mode; a mistake becomes a
 * USAGE error naming the argument at fault, followed by the usage text.
 */
export function parseCommandArgs<const T extends OptionsConfig>(args: readonly string[], syntax: CommandSyntax<T>): ParsedCommandArgs<T> {
  let parsed: ParsedCommandArgs<T>;
  try {
    parsed = parseArgs({ args: [...args], options: syntax.options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageError(explainMistake(args, syntax) ?? (error as Error).message, syntax.usage);
  }
  if (!syntax.positionals && parsed.positionals.length > 0) throw usageError(`${syntax.command} takes no arguments.`, syntax.usage);
  return parsed;
}

/** The first argument strict parsing refuses, said in the user's terms. */
function explainMistake(args: readonly string[], syntax: CommandSyntax<OptionsConfig>): string | undefined {
  const { tokens } = parseArgs({ args: [...args], options: syntax.options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = syntax.options[token.name];
    if (option === undefined) return `Unknown option ${token.rawName} for "${syntax.command}".`;
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) return `${token.rawName} needs a value.`;
    if (option.type === 'boolean' && token.value !== undefined) return `${token.rawName} takes no value.`;
  }
  return undefined;
}
