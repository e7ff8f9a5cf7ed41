// Durability (issue 10): kill -9 a process while it saves progress, many times; every time the
// file loads without a notice, holds either the last state the process reported saved or the
// one it was writing, loses nothing saved before, and no more than one temp file is left.
import test from 'ava';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openProgress } from '../../source/progress/store.js';

const SCRIPT = fileURLToPath(new URL('fixtures/save-loop.ts', import.meta.url));
const KILLS = 25;

/** Starts the saver, lets it save for `ms` after its first save, kills it with SIGKILL; the last N it reported. */
function runAndKill(env: NodeJS.ProcessEnv, ms: number): Promise<{ start: number; reported: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let start = -1, reported = -1, buf = '', stderr = '', timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.stdout.on('data', (d: string) => {
      buf += d;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl); buf = buf.slice(nl + 1);
        const m = /^(start|saved) (\d+)$/.exec(line);
        if (!m) continue;
        if (m[1] === 'start') { start = Number(m[2]); reported = start; }
        else reported = Number(m[2]);
        if (!timer && m[1] === 'saved') timer = setTimeout(() => child.kill('SIGKILL'), ms);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the saver stopped by itself (code ${code}): ${stderr}`));
      else resolve({ start, reported, stderr });
    });
  });
}

test('kill -9 while saving, 25 times: the file is always the old or the new state, and loads', async (t) => {
  const home = mkdtempSync(join(tmpdir(), 'kubeprep-kill-'));
  const env: NodeJS.ProcessEnv = { ...process.env, KUBEPREP_HOME: home };
  delete env.KUBEPREP_DEBUG;
  let previous = 0, killedMidWrite = 0, leftovers = 0;
  for (let k = 0; k < KILLS; k++) {
    const { start, reported } = await runAndKill(env, Math.floor(Math.random() * 40));
    t.is(start, previous, `kill ${k}: the saver started from what was saved before`);
    const opened = openProgress('killed', { env });
    if (!opened.ok) { t.fail(`kill ${k}: ${opened.message}`); return; }
    t.is(opened.notice, undefined, `kill ${k}: the file was unreadable`);
    const d = opened.store.data;
    const n = Object.keys(d.lessons).length;
    // the last state reported saved, or the one being written when the kill came
    t.true(n === reported || n === reported + 1, `kill ${k}: ${n} lessons, last reported ${reported}`);
    if (n === reported + 1) killedMidWrite++;
    t.deepEqual(Object.keys(d.lessons).sort(), Array.from({ length: n }, (_, i) => `l${i}`).sort(), `kill ${k}: a state that was never saved`);
    // the exam's remaining time is that state's
    t.deepEqual(d.exams, n === 0 ? [] : [{ id: 'mock', state: 'running', remainingMs: 3_600_000 - (n - 1), seq: n - 1 }]);
    const temps = readdirSync(home).filter((f) => f.endsWith('.tmp'));
    leftovers += temps.length;
    t.true(temps.length <= 1, `kill ${k}: temp files piled up: ${temps.join(', ')}`);
    t.deepEqual(readdirSync(home).filter((f) => f.includes('.corrupt-')), []);
    previous = n;
  }
  t.true(previous > KILLS, `only ${previous} saves in ${KILLS} runs`);
  t.log(`${KILLS} kills, ${previous} saves survived, ${killedMidWrite} kills landed after a write and before its report, ${leftovers} times a killed save's temp file was left (and swept by the next save)`);
});
