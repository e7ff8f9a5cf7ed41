// Issue 9 "Must show", in a real pty: a short exam (2 tasks, 1 minute, shortened for the test
// with KUBEPREP_EXAM_SECONDS) with one task solved, one skipped and the time running out;
// and an interrupted exam resumed with only its remaining time.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEYS, PtyProgram } from '../helpers/pty.js';
import { tempHome } from '../helpers/home.js';
import { runCli } from '../helpers/run.js';

const PACK = fileURLToPath(new URL('../exam/fixtures/two-tasks.yaml', import.meta.url));
const exam = (home: string, env: Record<string, string> = {}) =>
  new PtyProgram({ args: ['exam', '--pack', PACK], env: { KUBEPREP_HOME: home, USER: 'ana', ...env } });
const CTRL = { n: '\x0e', t: '\x14', f: '\x06', x: '\x18' };

test('a 2-task exam: one solved, one skipped, time runs out; the score and the report are right', async (t) => {
  const home = tempHome();
  const p = exam(home, { KUBEPREP_EXAM_SECONDS: '12' });
  try {
    const first = await p.waitFor('^T tasks');
    t.regex(first, /0:1\d left/);
    t.regex(first, /\^T tasks · \^N next/);
    t.notRegex(first, /✗|✓/, 'no live checks during the exam');
    p.write('hint\r');
    await p.waitFor('hint: not available during the exam');
    p.write('kubectl -n shop set selector service web app=web\r');
    await p.waitFor('service/web selector updated');
    await p.press(CTRL.n);
    await p.waitFor('Task 2/2');
    await p.press(CTRL.f);
    await p.waitFor('⚑ flagged');
    await p.press(CTRL.t);
    const list = await p.waitFor('[ ] ⚑');
    t.regex(list, /1\. \[x\]\s+The shop's frontend/);
    await p.press(KEYS.escape);
    const result = await p.waitFor('75% PASS', 20_000);
    t.regex(result, /time ran out/);
    t.regex(result, /1\. .* — 3\/3 \(100%\)/);
    t.regex(result, /2\. .* — 0\/1 \(0%\) · \d:\d\d · not started/);
    p.write(KEYS.ctrlC);
    await p.waitExit();
  } finally { p.kill(); }
  const saved = JSON.parse(readFileSync(join(home, 'ana.json'), 'utf8'));
  t.is(saved.exams.length, 1);
  t.is(saved.exams[0].result.percent, 75);
  t.is(saved.exams[0].result.endedBy, 'timeout');
  t.deepEqual(saved.exams[0].result.weakTopics, ['ports']);
  t.is(saved.review.ports.interval, 1);
  const md = runCli(['report', '--format', 'md'], { env: { KUBEPREP_HOME: home, USER: 'ana' } });
  t.is(md.code, 0);
  t.regex(md.stdout, /\| Two tasks \| 75% \| PASS \| timeout \|/);
  t.regex(md.stdout, /\| svc-selector-typo \| labels \| 3 \| 3 \| 100% \|/);
  t.regex(md.stdout, /\| port-targetport-wrong \| ports \| 1 \| 0 \| 0% \|/);
});

test('an interrupted exam resumes with its remaining time, not a fresh clock', async (t) => {
  const home = tempHome();
  const p = exam(home, { KUBEPREP_EXAM_SECONDS: '40' });
  try {
    await p.waitFor('^T tasks');
    p.write('kubectl -n shop get svc\r');
    await p.waitFor(/web\s+ClusterIP/);
    p.write(KEYS.ctrlC);
    await p.waitExit();
  } finally { p.kill(); }
  const saved = JSON.parse(readFileSync(join(home, 'ana.json'), 'utf8'));
  const deadline = Date.parse(saved.exams[0].deadline);
  await new Promise((r) => setTimeout(r, 3000));
  const again = exam(home, { KUBEPREP_EXAM_SECONDS: '40' });
  try {
    const s = await again.waitFor('Resumed the exam in progress');
    const m = /(\d+):(\d\d) left/.exec(s)!;
    const left = Number(m[1]) * 60 + Number(m[2]);
    t.true(left <= 37, `clock shows ${left}s left after 3s away`);
    t.true(Math.abs(left * 1000 - (deadline - Date.now())) < 2500);
    t.regex(s, /kubectl -n shop get svc/, 'the task\'s workspace is back');
    await again.press(CTRL.x);
    await again.waitFor('Submit the exam now?');
    await again.press('y');
    await again.waitFor('0% FAIL');
    again.write(KEYS.ctrlC);
    await again.waitExit();
  } finally { again.kill(); }
  const after = JSON.parse(readFileSync(join(home, 'ana.json'), 'utf8'));
  t.is(after.exams.length, 1, 'resumed, not restarted');
  t.is(after.exams[0].result.endedBy, 'submit');
});

test('kill -9 during an exam: reopened, it resumes with its remaining time and the task work', async (t) => {
  const home = tempHome();
  const p = exam(home, { KUBEPREP_EXAM_SECONDS: '120' });
  try {
    await p.waitFor('^T tasks');
    p.write('kubectl -n shop get svc\r');
    await p.waitFor(/web\s+ClusterIP/);
    process.kill(p.pid, 'SIGKILL'); // no chance to save anything on the way out
    await p.waitExit();
  } finally { p.kill(); }
  const saved = JSON.parse(readFileSync(join(home, 'ana.json'), 'utf8'));
  const deadline = Date.parse(saved.exams[0].deadline);
  const again = exam(home, { KUBEPREP_EXAM_SECONDS: '120' });
  try {
    const s = await again.waitFor('Resumed the exam in progress');
    const m = /(\d+):(\d\d) left/.exec(s)!;
    t.true(Math.abs((Number(m[1]) * 60 + Number(m[2])) * 1000 - (deadline - Date.now())) < 2500, 'the stored deadline, not a fresh clock');
    t.regex(s, /kubectl -n shop get svc/, 'the command typed before the kill is back');
    again.write(KEYS.ctrlC);
    await again.waitExit();
  } finally { again.kill(); }
});

test('kubeprep exam without a terminal: a one-line hint, exit 2', (t) => {
  const r = runCli(['exam'], { env: { KUBEPREP_HOME: tempHome() } });
  t.is(r.code, 2);
  t.regex(r.stderr, /^kubeprep: kubeprep exam opens the tutor, which needs a terminal/);
});
