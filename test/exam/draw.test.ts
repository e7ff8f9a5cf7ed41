import test from 'ava';
import { loadBuiltinContent } from '../../source/content/builtin.js';
import { drawExam, prng } from '../../source/exam/draw.js';
import type { Pack } from '../../source/content/types.js';

const { scenarios } = loadBuiltinContent();
const ids = (r: ReturnType<typeof drawExam>) => (r.ok ? r.plan.tasks.map((t) => t.scenarioId) : []);

test('a seed makes the draw reproducible; another seed draws another set', (t) => {
  const a = drawExam(scenarios, { seed: 42 }), b = drawExam(scenarios, { seed: 42 }), c = drawExam(scenarios, { seed: 43 });
  t.deepEqual(ids(a), ids(b));
  t.notDeepEqual(ids(a), ids(c));
  t.is(ids(a).length, 6);
  t.is(new Set(ids(a)).size, 6, 'no task twice');
  // the order scenarios were loaded in does not matter
  t.deepEqual(ids(drawExam([...scenarios].reverse(), { seed: 42 })), ids(a));
});

const cases: Array<{ name: string; opts: Parameters<typeof drawExam>[1]; want: { tasks?: number; minutes?: number | 'sum'; passMark?: number } }> = [
  { name: 'pool defaults: 6 tasks, minutes the sum of theirs, pass mark 66', opts: { seed: 1 }, want: { tasks: 6, minutes: 'sum', passMark: 66 } },
  { name: '--minutes overrides', opts: { seed: 1, minutes: 30 }, want: { minutes: 30 } },
  { name: 'a smaller count', opts: { seed: 1, count: 2 }, want: { tasks: 2 } },
  { name: 'more than the pool', opts: { seed: 1, count: 10_000 }, want: { tasks: scenarios.length } },
];
for (const c of cases) {
  test(`draw: ${c.name}`, (t) => {
    const r = drawExam(scenarios, c.opts);
    if (!r.ok) return t.fail(r.error);
    if (c.want.tasks !== undefined) t.is(r.plan.tasks.length, c.want.tasks);
    if (c.want.passMark !== undefined) t.is(r.plan.passMark, c.want.passMark);
    const sum = r.plan.tasks.reduce((m, x) => m + scenarios.find((s) => s.id === x.scenarioId)!.minutes, 0);
    if (c.want.minutes !== undefined) t.is(r.plan.minutes, c.want.minutes === 'sum' ? sum : c.want.minutes);
    for (const task of r.plan.tasks) t.is(task.weight, scenarios.find((s) => s.id === task.scenarioId)!.weight);
  });
}

test('a pack keeps its order, weights, minutes and pass mark; --seed does not reorder it', (t) => {
  const where = { file: 'p.yaml', line: 1, col: 1, path: '' };
  const pack: Pack = { kind: 'Pack', id: 'p', title: 'P', minutes: 20, passMark: 70, file: '/x/p.yaml', tasks: [
    { scenario: 'svc-selector-typo', scenarioId: 'svc-selector-typo', weight: 9, where },
    { scenario: 'dns-publish-not-ready', scenarioId: 'dns-publish-not-ready', weight: 1, where },
  ] };
  const r = drawExam(scenarios, { pack, seed: 5 });
  if (!r.ok) return t.fail(r.error);
  t.deepEqual(r.plan.tasks.map((x) => [x.scenarioId, x.weight]), [['svc-selector-typo', 9], ['dns-publish-not-ready', 1]]);
  t.is(r.plan.minutes, 20);
  t.is(r.plan.passMark, 70);
  t.is(r.plan.packId, 'p');
});

test('the PRNG is deterministic and in [0, 1)', (t) => {
  const a = prng(7), b = prng(7);
  for (let i = 0; i < 100; i++) { const x = a(); t.is(x, b()); t.true(x >= 0 && x < 1); }
});
