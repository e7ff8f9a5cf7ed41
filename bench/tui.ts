// Issue 8: the scenario workspace as a learner feels it, measured in a real pty on the built
// program: keystroke to frame at the prompt, Enter to a kubectl result on screen, and
// memory after 200 commands. (Keystrokes are spaced beyond Ink's 30 fps frame budget, as
// typing is; a burst would be coalesced into one frame.)
import pty from 'node-pty';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, type Figure } from './lib.js';

const BIN = fileURLToPath(new URL('../dist/kubeprep.js', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function tuiFigures(): Promise<Figure[]> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI') env[k] = v;
  env.KUBEPREP_HOME = mkdtempSync(join(tmpdir(), 'kubeprep-bench-'));
  env.TERM = 'xterm-256color';
  const p = pty.spawn(process.execPath, [BIN, 'scenario', 'svc-selector-typo'], { cols: 100, rows: 30, env });
  let out = '';
  p.onData((d) => { out += d; });
  const until = async (pred: () => boolean, ms = 10_000) => { const end = Date.now() + ms; while (!pred()) { if (Date.now() > end) throw new Error('bench: timed out; screen so far: ' + out.slice(-300)); await sleep(1); } };
  await until(() => out.includes('$ '));
  await sleep(300);

  const keys: number[] = [];
  const word = 'kubectlgetsvc';
  for (const ch of word) {
    const mark = out.length;
    const t0 = process.hrtime.bigint();
    p.write(ch);
    await until(() => out.length > mark && out.slice(mark).includes(ch));
    keys.push(Number(process.hrtime.bigint() - t0) / 1e6);
    await sleep(50);
  }
  p.write('\x15'); // Ctrl-U
  await sleep(100);

  const results: number[] = [];
  for (let i = 0; i < 15; i++) {
    const mark = out.length;
    const t0 = process.hrtime.bigint();
    p.write(`kubectl -n shop get svc web -o name #${i}\r`);
    await until(() => out.slice(mark).includes('service/web'));
    results.push(Number(process.hrtime.bigint() - t0) / 1e6);
    await sleep(50);
  }
  for (let i = 0; i < 185; i++) {
    const mark = out.length;
    p.write(i % 2 ? `kubectl -n shop get svc,ep #${i}\r` : `kubectl -n shop describe svc web #${i}\r`);
    await until(() => out.slice(mark).includes(i % 2 ? 'endpoints/web' : 'Selector:'));
    if (out.length > 4_000_000) out = out.slice(-100_000);
  }
  const rss = Number(/VmRSS:\s+(\d+)/.exec((await import('node:fs')).readFileSync(`/proc/${p.pid}/status`, 'utf8'))![1]) / 1024;
  p.kill();
  return [
    { name: 'keystroke to frame at the scenario prompt (pty, median)', value: median(keys), unit: 'ms', target: 16 },
    { name: 'Enter to a kubectl result on screen (pty, median of 15)', value: median(results), unit: 'ms', target: 50 },
    { name: 'RSS after 200 commands in one scenario', value: rss, unit: 'MB', target: 150 },
  ];
}
