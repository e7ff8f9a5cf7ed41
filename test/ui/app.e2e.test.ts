// The built program in a real pseudo-terminal, driven by keys (issue 3 "Must show").
import test from 'ava';
import { KEYS, PtyProgram } from '../helpers/pty.js';
import { tempHome } from '../helpers/home.js';

const start = (opts: { cols?: number; rows?: number } = {}) => new PtyProgram({ env: { KUBEPREP_HOME: tempHome(), USER: 'ana' }, ...opts });

test('the home menu opens at 80x24, fits it, and navigates by keys', async (t) => {
  const p = start();
  try {
    const first = await p.waitFor('❯ Learn');
    t.regex(first, /kubeprep › Home/);
    t.regex(first, /profile: ana/);
    for (const item of ['Practice', 'Mock exam', 'Progress', 'Quit']) t.true(first.includes(item), item);
    const lines = await p.screen();
    t.regex(lines[22]!, /↑\/k up · ↓\/j down · Enter open · q quit/, 'footer on the last drawn row');
    t.true(lines.every((l) => l.length <= 80));

    await p.press(KEYS.down);
    await p.press('j');
    await p.press('j');
    await p.waitFor('❯ Progress');
    await p.press(KEYS.enter);
    await p.waitFor('kubeprep › Home › Progress');
    await p.waitFor('Your progress');
    t.regex(await p.screenText(), /q\/Esc back · Ctrl-C quit/);
    await p.press('q');
    await p.waitFor('❯ Progress');
    await p.press('k');
    await p.press(KEYS.enter);
    await p.waitFor('Press Enter to start the clock'); // from the home menu, the exam is described first
    await p.press(KEYS.escape);
    await p.waitFor('❯ Mock exam');
    p.write('q');
    t.is((await p.waitExit()).code, 0);
    t.true(p.raw.includes('\x1b[?1049l'), 'left the alternate screen');
  } finally { p.kill(); }
});

test('keys typed faster than frames each count (a held j, a pasted jjj)', async (t) => {
  const p = start();
  try {
    await p.waitFor('❯ Learn');
    p.write('jjj');
    await p.waitFor('❯ Progress');
    p.write('kk\x1b[B');
    await p.waitFor('❯ Mock exam');
    p.write('j\r');
    await p.waitFor('Home › Progress');
    p.write(KEYS.ctrlC);
    t.is((await p.waitExit()).code, 0);
  } finally { p.kill(); }
});

test('Ctrl-C quits from a screen deep in the app and restores the terminal', async (t) => {
  const p = start();
  try {
    await p.waitFor('❯ Learn');
    await p.press(KEYS.enter);
    await p.waitFor('Home › Learn');
    p.write(KEYS.ctrlC);
    t.is((await p.waitExit()).code, 0);
    t.true(p.raw.endsWith('\x1b[?1049l') || p.raw.includes('\x1b[?25h\x1b[?1049l'));
  } finally { p.kill(); }
});

test('a terminal smaller than 80x24 gets a message, and the menu comes back when it grows', async (t) => {
  const p = start({ cols: 60, rows: 20 });
  try {
    await p.waitFor('needs 80x24');
    p.resize(100, 30);
    const s = await p.waitFor('❯ Learn');
    t.regex(s, /profile: ana/);
    p.write(KEYS.ctrlC);
    t.is((await p.waitExit()).code, 0);
  } finally { p.kill(); }
});

test('Switch profile: create a new one and the header and progress file follow it', async (t) => {
  const home = tempHome();
  const p = new PtyProgram({ env: { KUBEPREP_HOME: home, USER: 'ana' } });
  try {
    await p.waitFor('❯ Learn');
    for (let i = 0; i < 4; i++) await p.press('j');
    await p.waitFor('❯ Switch profile');
    await p.press(KEYS.enter);
    await p.waitFor('ana  (current)');
    await p.press('j');
    await p.press(KEYS.enter);
    await p.waitFor('Name for the new profile');
    p.write('../evil\r');
    await p.waitFor('is not valid');
    p.write('ben\r');
    const s = await p.waitFor('profile: ben');
    t.regex(s, /kubeprep › Home/);
    p.write(KEYS.ctrlC);
    await p.waitExit();
    const { readdirSync } = await import('node:fs');
    t.deepEqual(readdirSync(home).sort(), ['ana.json', 'ben.json']);
  } finally { p.kill(); }
});

test('Mock exam from the home menu: described first, and the clock starts only on Enter', async (t) => {
  const home = tempHome();
  const p = new PtyProgram({ env: { KUBEPREP_HOME: home, USER: 'ana' } });
  try {
    await p.waitFor('❯ Learn');
    await p.press('j'); await p.press('j');
    await p.waitFor('❯ Mock exam');
    await p.press(KEYS.enter);
    const intro = await p.waitFor('Press Enter to start the clock');
    t.regex(intro, /6 tasks drawn from \d+ scenarios/);
    t.regex(intro, /pass mark 66%/);
    const { existsSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const file = join(home, 'ana.json');
    t.true(!existsSync(file) || JSON.parse(readFileSync(file, 'utf8')).exams.length === 0, 'no exam has started yet');
    await p.press(KEYS.enter);
    await p.waitFor(/Task 1\/6/);
    t.is(JSON.parse(readFileSync(file, 'utf8')).exams.length, 1);
    p.write(KEYS.ctrlC);
    await p.waitExit();
  } finally { p.kill(); }
});
