import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process with captured output; no standard input unless given (then not a terminal). */
export async function runCli(argv: string[], env: Record<string, string>, stdinText?: string): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (d) => out.push(String(d)));
  stderr.on('data', (d) => err.push(String(d)));
  const stdin = Object.assign(Readable.from(stdinText === undefined ? [] : [stdinText]), { isTTY: stdinText === undefined });
  const code = await main(argv, env, { stdout, stderr, stdin });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
