// Small measuring kit for `npm run bench`: medians of repeated runs, whole-process timings
// (spawned like a user would run them) and in-process timings (a function called in a loop).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Figure { name: string; value: number; unit: 'ms' | 'MB' | 'x'; target?: number; note?: string }

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median wall time of a whole process, from spawn to exit. */
export function timeProcess(cmd: string, args: string[], runs: number, env: NodeJS.ProcessEnv = process.env): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) times.push(ms); // the first run warms the file cache
  }
  return median(times);
}

/** Median time of one call, in ms, over `runs` calls after a warm-up. */
export function timeCall(fn: () => unknown, runs: number, warmup = Math.min(runs, 5)): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

/** Peak resident set size of a live process (VmHWM), in MB. */
export function peakRssMB(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  for (const f of figures) {
    const v = f.unit === 'x' ? f.value.toFixed(2) + 'x' : `${f.value.toFixed(f.value < 0.1 ? 4 : f.value < 10 ? 2 : 1)} ${f.unit}`;
    const target = f.target === undefined ? '' : f.value <= f.target ? `  (target ≤ ${f.target}${f.unit === 'x' ? 'x' : ' ' + f.unit}: ok)` : `  (target ≤ ${f.target}${f.unit === 'x' ? 'x' : ' ' + f.unit}: MISSED)`;
    console.log(`  ${f.name.padEnd(58)} ${v.padStart(10)}${target}${f.note ? '  ' + f.note : ''}`);
  }
}

/**
 * Peak RSS (MB) of running the built CLI with `args`, measured in-process by a wrapper that
 * imports the bundle and reports process.resourceUsage().maxRSS at exit.
 */
export function cliPeakRssMB(bin: string, args: string[]): number {
  const wrapper = `process.argv = [process.argv[0], ${JSON.stringify(bin)}, ...${JSON.stringify(args)}];` +
    `process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));` +
    `await import(${JSON.stringify(bin)});`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const m = /MAXRSS (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no RSS figure from ${args.join(' ')}: ${r.stderr.slice(0, 300)}`);
  return Number(m[1]) / 1024;
}
