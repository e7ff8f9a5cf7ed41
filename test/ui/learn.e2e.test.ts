// Issue 8 "Must show" (1): read a lesson and answer its quiz, in a real pty, driven by keys.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { KEYS, PtyProgram } from '../helpers/pty.js';
import { tempHome } from '../helpers/home.js';

const lesson = parse(readFileSync(new URL('../../lessons/services-why.yaml', import.meta.url), 'utf8'));
const choiceQs = lesson.quiz.filter((q: any) => q.kind !== 'command');

test('read a lesson page by page, answer every quiz question right, and find the score saved', async (t) => {
  const home = tempHome();
  const p = new PtyProgram({ env: { KUBEPREP_HOME: home, USER: 'ana' } });
  try {
    await p.waitFor('❯ Learn');
    await p.press(KEYS.enter);
    await p.waitFor(`❯ ${lesson.title}`);
    await p.press(KEYS.enter);
    await p.waitFor(`1/${lesson.sections.length} ${lesson.sections[0].heading}`);
    for (let i = 1; i < lesson.sections.length; i++) await p.press('n');
    await p.waitFor('Enter start quiz');
    await p.press(KEYS.enter);
    for (let n = 0; n < choiceQs.length; n++) {
      const q = choiceQs[n];
      await p.waitFor(`question ${n + 1}/${choiceQs.length}`);
      const want: number[] = Array.isArray(q.answer) ? q.answer : [q.answer];
      if (q.kind === 'multiple') {
        for (let i = 0; i < q.choices.length; i++) { if (want.includes(i)) await p.press(' '); if (i < q.choices.length - 1) await p.press('j'); }
      } else {
        for (let i = 0; i < want[0]!; i++) await p.press('j');
      }
      const after = await p.press(KEYS.enter);
      t.regex(after, /✓ Right/, `question ${q.id}`);
      await p.press(KEYS.enter);
    }
    const done = await p.waitFor('quiz finished');
    t.regex(done, new RegExp(`Score: ${choiceQs.length}/${choiceQs.length}`));
    await p.press(KEYS.enter);
    await p.waitFor(`✓ quiz ${choiceQs.length}/${choiceQs.length}`);
    p.write('q');
    await p.waitFor('❯ Learn');
    p.write('q');
    t.is((await p.waitExit()).code, 0);
    const saved = JSON.parse(readFileSync(join(home, 'ana.json'), 'utf8'));
    t.is(saved.lessons['services-why'].quiz.score, choiceQs.length);
    t.truthy(saved.lessons['services-why'].readAt);
    t.deepEqual(saved.last, { kind: 'lesson', id: 'services-why' });
  } finally { p.kill(); }
});

test('a wrong answer is explained and not counted', async (t) => {
  const p = new PtyProgram({ env: { KUBEPREP_HOME: tempHome(), USER: 'ana' } });
  try {
    await p.waitFor('❯ Learn');
    await p.press(KEYS.enter);
    await p.press(KEYS.enter);
    for (let i = 1; i < lesson.sections.length; i++) await p.press('n');
    await p.press(KEYS.enter);
    const q = choiceQs[0];
    const wrong = q.answer === 0 ? 1 : 0;
    for (let i = 0; i < wrong; i++) await p.press('j');
    const s = await p.press(KEYS.enter);
    t.regex(s, /✗ Not quite/);
    t.true(s.includes(q.explain.split(' ').slice(0, 4).join(' ')), 'shows the explanation');
    await p.press(KEYS.enter);
    t.regex(await p.waitFor('question 2/'), /score 0/);
  } finally { p.kill(); }
});
