// Issue 8 "Must show" (1): read a lesson and answer its quiz, in a real pty, driven by keys.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { KEYS, PtyProgram } from '../helpers/pty.js';
import { tempHome } from '../helpers/home.js';

const lesson = parse(readFileSync(new URL('../../lessons/services-why.yaml', import.meta.url), 'utf8'));
const questions = lesson.quiz;

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
    t.true(questions.some((q: any) => q.kind === 'command'), 'the lesson has a command question');
    for (let n = 0; n < questions.length; n++) {
      const q = questions[n];
      await p.waitFor(`question ${n + 1}/${questions.length}`);
      if (q.kind === 'command') {
        // Answered by typing its solution at the prompt; graded by effect.
        await p.waitFor('$ ');
        for (const line of q.solution) { p.write(line + '\r'); await p.waitFor(line.slice(0, 40)); }
        p.write('done\r');
        await p.waitFor(/\d+\/\d+ checks pass/);
        t.notRegex(await p.screenText(), /✗/, `command question ${q.id}`);
        await p.press(KEYS.enter);
        continue;
      }
      const want: number[] = Array.isArray(q.answer) ? q.answer : [q.answer];
      if (q.kind === 'multiple') {
        for (let i = 0; i < q.choices.length; i++) { if (want.includes(i)) await p.press(' '); if (i < q.choices.length - 1) await p.press('j'); }
      } else {
        for (let i = 0; i < want[0]!; i++) await p.press('j');
      }
      await p.press(KEYS.enter);
      const after = await p.waitFor(/✓ Right|✗ Not quite/);
      t.regex(after, /✓ Right/, `question ${q.id}`);
      await p.press(KEYS.enter);
    }
    const done = await p.waitFor('quiz finished');
    t.regex(done, new RegExp(`Score: ${questions.length}/${questions.length}`));
    await p.press(KEYS.enter);
    await p.waitFor(`✓ quiz ${questions.length}/${questions.length}`);
    p.write('q');
    await p.waitFor('❯ Learn');
    p.write('q');
    t.is((await p.waitExit()).code, 0);
    const saved = JSON.parse(readFileSync(join(home, 'ana.json'), 'utf8'));
    t.is(saved.lessons['services-why'].quiz.score, questions.length);
    t.truthy(saved.lessons['services-why'].readAt);
    t.deepEqual(saved.last, { kind: 'lesson', id: 'services-without-selectors' }, 'Continue goes on to the next lesson in the list');
  } finally { p.kill(); }
});

test('a wrong answer is explained and not counted', async (t) => {
  const p = new PtyProgram({ env: { KUBEPREP_HOME: tempHome(), USER: 'ana' } });
  try {
    await p.waitFor('❯ Learn');
    await p.press(KEYS.enter);
    await p.waitFor(`❯ ${lesson.title}`);
    await p.press(KEYS.enter);
    await p.waitFor(`1/${lesson.sections.length} `);
    for (let i = 1; i < lesson.sections.length; i++) await p.press('n');
    await p.waitFor('Enter start quiz');
    await p.press(KEYS.enter);
    await p.waitFor(`question 1/${questions.length}`);
    const q = questions[0];
    const wrong = q.answer === 0 ? 1 : 0;
    for (let i = 0; i < wrong; i++) await p.press('j');
    await p.press(KEYS.enter);
    const s = await p.waitFor('Not quite');
    t.regex(s, /✗ Not quite/);
    t.true(s.includes(q.explain.split(' ').slice(0, 4).join(' ')), 'shows the explanation');
    await p.press(KEYS.enter);
    t.regex(await p.waitFor('question 2/'), /score 0/);
  } finally { p.kill(); }
});
