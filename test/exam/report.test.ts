import test from 'ava';
import { csvCell, mergeExports, parseExport, type ResultsExport } from '../../source/exam/report.js';

const task = { scenarioId: 'svc-selector-typo', topic: 'labels', weight: 3, earned: 3, percent: 100, spentMs: 1000 };
const attempt = { id: 'a1', title: 'T', startedAt: '2025-03-01T10:00:00Z', finishedAt: '2025-03-01T10:10:00Z', percent: 100, pass: true, passMark: 66, endedBy: 'submit', tasks: [task] };
const good = { kind: 'KubeprepResults', version: 1, profile: 'ana', exportedAt: '2025-03-01T11:00:00Z', attempts: [attempt] };
const tweak = (f: (v: any) => void) => { const v = structuredClone(good) as any; f(v); return JSON.stringify(v); };

const cases: Array<[string, string, RegExp | null]> = [
  ['a good export', JSON.stringify(good), null],
  ['not JSON', '{', /not valid JSON/],
  ['a list', '[]', /not a JSON object/],
  ['another kind', tweak((v) => { v.kind = 'Pack'; }), /not a kubeprep results export/],
  ['a newer version', tweak((v) => { v.version = 2; }), /unsupported version 2/],
  ['a profile that is a path', tweak((v) => { v.profile = '../x'; }), /"profile" is not a valid profile name/],
  ['a percent above 100', tweak((v) => { v.attempts[0].percent = 101; }), /attempts\[0\]\.percent/],
  ['earned above the weight', tweak((v) => { v.attempts[0].tasks[0].earned = 4; }), /tasks\[0\]\.earned/],
  ['an unknown topic', tweak((v) => { v.attempts[0].tasks[0].topic = 'storage'; }), /tasks\[0\]\.topic/],
  ['a title with control characters', tweak((v) => { v.attempts[0].title = 'a\u001b[2J'; }), /title is not a short line/],
  ['no tasks', tweak((v) => { v.attempts[0].tasks = []; }), /tasks is not a list of 1 to 200/],
];
for (const [name, text, err] of cases) {
  test(`parseExport: ${name}`, (t) => {
    const r = parseExport(text);
    if (err === null) t.true(r.ok);
    else t.regex(r.ok ? '' : r.reason, err);
  });
}

test('merge: the same attempt in two exports counts once; another learner with the same id does not collide', (t) => {
  const ana = good as unknown as ResultsExport;
  const ben = { ...ana, profile: 'ben' };
  const r = mergeExports([ana, ana, ben]);
  t.is(r.totals.attempts, 2);
  t.is(r.totals.duplicates, 1);
  t.deepEqual(r.students.map((s) => s.profile), ['ana', 'ben']);
});

test('csv cells: quoted when needed, formulas defused', (t) => {
  t.is(csvCell('a,b'), '"a,b"');
  t.is(csvCell('say "hi"'), '"say ""hi"""');
  t.is(csvCell('=1+1'), "'=1+1");
  t.is(csvCell(-3), '-3');
});
