// How a trace looks to a person (DESIGN.md: "the trace as numbered hops with ✓/✗ (plain
// ASCII when NO_COLOR is set or the output is not a TTY)").
import type { Hop } from '../sim/types.js';

export function fancyOutput(stream: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in env && env.NO_COLOR !== '');
}

const marks = { fancy: { ok: '✓', warn: '!', fail: '✗' }, plain: { ok: 'ok', warn: '!!', fail: 'XX' } } as const;

export function formatHops(hops: Hop[], fancy: boolean): string {
  const m = fancy ? marks.fancy : marks.plain;
  const width = Math.max(0, ...hops.map((h) => h.step.length));
  return hops.map((h, i) => `  ${String(i + 1).padStart(2)}. ${m[h.status]} ${h.step.padEnd(width)}  ${h.detail}`).join('\n') + (hops.length ? '\n' : '');
}
