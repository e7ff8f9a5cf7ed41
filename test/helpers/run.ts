import { spawnSync } from 'node:child_process';
import { BIN } from './pty.js';

/** Runs the built program without a terminal, as a script would. */
export function runCli(args: string[], opts: { env?: Record<string, string | undefined>; input?: string } = {}) {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...opts.env })) if (v !== undefined) env[k] = v;
  const r = spawnSync(process.execPath, [BIN, ...args], { env, input: opts.input ?? '', encoding: 'utf8', timeout: 20_000 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}
