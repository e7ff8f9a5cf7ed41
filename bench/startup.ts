// Issue 3: how fast kubeprep starts, whole-process, against bare Node as the baseline.
import pty from 'node-pty';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, peakRssMB, timeProcess, type Figure } from './lib.js';

const BIN = fileURLToPath(new URL('../dist/kubeprep.js', import.meta.url));

/** Time from spawn to the home menu's first frame in a real pty, and the process's peak RSS then. */
async function firstFrame(home: string): Promise<{ ms: number; rssMB: number }> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI') env[k] = v;
  env.KUBEPREP_HOME = home; env.TERM = 'xterm-256color';
  const t0 = process.hrtime.bigint();
  const p = pty.spawn(process.execPath, [BIN], { cols: 80, rows: 24, env });
  return new Promise((resolve, reject) => {
    let out = '';
    let seen = false;
    const timer = setTimeout(() => { p.kill(); reject(new Error('no home menu within 10 s')); }, 10_000);
    p.onData((d) => {
      out += d;
      if (!seen && out.includes('Quit') && out.includes('q quit')) {
        seen = true;
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        const rssMB = peakRssMB(p.pid);
        clearTimeout(timer);
        p.onExit(() => resolve({ ms, rssMB }));
        p.write('q');
      }
    });
  });
}

export async function startupFigures(runs = 9): Promise<Figure[]> {
  const home = mkdtempSync(join(tmpdir(), 'kubeprep-bench-'));
  const env = { ...process.env, KUBEPREP_HOME: home };
  const bare = timeProcess(process.execPath, ['-e', ''], runs, env);
  const version = timeProcess(process.execPath, [BIN, '--version'], runs, env);
  const frames: number[] = [], rss: number[] = [];
  await firstFrame(home); // warm-up
  for (let i = 0; i < runs; i++) { const f = await firstFrame(home); frames.push(f.ms); rss.push(f.rssMB); }
  const frame = median(frames);
  return [
    { name: 'bare node -e "" (baseline)', value: bare, unit: 'ms' },
    { name: 'kubeprep --version (whole process)', value: version, unit: 'ms', target: 80 },
    { name: 'kubeprep --version / bare node', value: version / bare, unit: 'x' },
    { name: 'kubeprep: spawn to first frame of the home menu (pty)', value: frame, unit: 'ms', target: 250 },
    { name: 'home menu first frame / bare node', value: frame / bare, unit: 'x' },
    { name: 'peak RSS of the TUI at its first frame', value: median(rss), unit: 'MB', target: 150 },
  ];
}
