// The content loader: good files become typed values; every schema error names
// FILE:LINE:COL and the field; a broken file never stops the others from loading.
import test from 'ava';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../source/content/loader.js';
import { formatProblem } from '../../source/content/types.js';

const dir = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const GOOD = dir('good');
const BROKEN = dir('broken');

test('good content: a lesson with each question kind, a scenario, a pack and its task file', (t) => {
  const set = loadContent([GOOD]);
  t.deepEqual(set.problems.filter((p) => p.severity !== 'warning'), []);
  t.deepEqual(set.lessons.map((l) => l.id), ['fixture-lesson']);
  t.deepEqual(set.scenarios.map((s) => s.id).sort(), ['pack-nodeport', 'svc-selector-typo']);

  const lesson = set.lessons[0]!;
  t.is(lesson.topic, 'service-types');
  t.is(lesson.sections.length, 2);
  t.deepEqual(lesson.quiz.map((q) => q.kind), ['single', 'multiple', 'command']);
  const [single, multiple, command] = lesson.quiz;
  t.is(single!.kind === 'single' && single!.answer, 0);
  t.deepEqual(multiple!.kind === 'multiple' && multiple!.answer, [1, 2]);
  if (command!.kind !== 'command') return t.fail();
  t.regex(command!.setup.file!, /good\/setups\/shop\.yaml$/, 'a setup path is relative to the lesson');
  t.deepEqual(command!.setup.objects.map((o) => o.kind), ['Namespace', 'Deployment', 'Pod']);
  t.deepEqual(command!.checks.map((c) => c.kind), ['reach', 'object', 'unchanged']);
  t.deepEqual(command!.solution[0], {
    kind: 'command', line: 'kubectl -n shop create service nodeport web --tcp=80:8080 --node-port=30080',
    words: ['kubectl', '-n', 'shop', 'create', 'service', 'nodeport', 'web', '--tcp=80:8080', '--node-port=30080'],
    where: { file: 'test/content/fixtures/good/lesson.yaml', line: 34, col: 9, path: 'quiz[2].solution[0]' },
  });

  const s = set.scenarios.find((x) => x.id === 'svc-selector-typo')!;
  t.is(s.kubeadm, false);
  t.is(s.hints.length, 3);
  t.deepEqual(s.setup.objects.map((o) => `${o.kind}/${o.metadata.name}`), ['Namespace/shop', 'Deployment/web', 'Service/web', 'Pod/client']);
  const obj = s.checks[1]!;
  t.deepEqual(obj.kind === 'object' && obj.equals, { app: 'web' });
  t.deepEqual(s.checks[0]!.where, { file: 'test/content/fixtures/good/scenario.yaml', line: 39, col: 5, path: 'checks[0]' });

  const pack = set.packs[0]!;
  t.is(pack.passMark, 66, 'passMark defaults to 66');
  t.deepEqual(pack.tasks.map(({ scenario, scenarioId, weight }) => ({ scenario, scenarioId, weight })), [
    { scenario: 'svc-selector-typo', scenarioId: 'svc-selector-typo', weight: 6 },
    { scenario: 'tasks/nodeport.yaml', scenarioId: 'pack-nodeport', weight: 3 },
  ], 'a task without a weight takes its scenario\'s');
  const nodeport = set.scenarios.find((x) => x.id === 'pack-nodeport')!;
  t.true(nodeport.kubeadm);
  t.deepEqual(nodeport.solution.map((x) => x.kind), ['file', 'command']);
});

test('a recommendation is a warning, not an error: one hint instead of three', (t) => {
  const set = loadContent([GOOD]);
  t.deepEqual(set.problems.map(formatProblem), ['test/content/fixtures/good/pack/tasks/nodeport.yaml:14:3 hints: warning: 1 hint: three are recommended, in increasing strength']);
});

// Each deliberately broken fixture, and the problem it must produce (FILE:LINE:COL path: message).
const cases: Array<{ name: string; file: string; want: string | RegExp }> = [
  { name: 'unknown field, with a suggestion', file: 'lesson-typo.yaml', want: '5:1 sectons: unknown field (did you mean "sections"?)' },
  { name: 'required field missing', file: 'lesson-typo.yaml', want: '1:1 sections: required field is missing' },
  { name: 'topic outside the list', file: 'scenario-fields.yaml', want: /^4:8 topic: expected one of services, .*found "service" \(did you mean "services"\?\)$/ },
  { name: 'number out of range', file: 'scenario-fields.yaml', want: '5:13 difficulty: expected a whole number from 1 to 5, found 7' },
  { name: 'text for a number', file: 'scenario-fields.yaml', want: '6:9 weight: expected a number above 0, found the text "four"' },
  { name: 'a check port', file: 'scenario-fields.yaml', want: '14:104 checks[0].reach.port: expected a number or a port name, found a list' },
  { name: 'single answer out of range', file: 'question-answers.yaml', want: '12:13 quiz[0].answer: expected a whole number from 0 to 2, found 4' },
  { name: 'multiple answer listed twice', file: 'question-answers.yaml', want: '18:20 quiz[1].answer[2]: choice 0 is listed twice' },
  { name: 'duplicate question id', file: 'question-answers.yaml', want: '20:9 quiz[2].id: duplicate question id "multiple-twice" (also quiz[1])' },
  { name: 'unknown question kind', file: 'question-answers.yaml', want: '21:11 quiz[2].kind: expected one of single, multiple, command, found "essay"' },
  { name: 'two check kinds in one check', file: 'check-shapes.yaml', want: '14:5 checks[0]: a check has exactly one of reach, deny, http, object, unchanged, found reach and deny' },
  { name: 'misspelt check kind', file: 'check-shapes.yaml', want: '16:5 checks[1].rech: unknown field (did you mean "reach"?)' },
  { name: 'http with two expectations', file: 'check-shapes.yaml', want: '17:5 checks[2].http: an http check expects exactly one of backend, status or pods, found backend and status' },
  { name: 'object ref without a namespace', file: 'check-shapes.yaml', want: /^18:19 checks\[3\]\.object\.ref: expected KIND\/NS\/NAME .*found "Service\/web"$/ },
  { name: 'object path that does not parse', file: 'check-shapes.yaml', want: /^19:43 checks\[4\]\.object\.path: unclosed "\[" at character 11/ },
  { name: 'from without a namespace', file: 'check-shapes.yaml', want: '20:18 checks[5].deny.from: expected NS/POD, node/NAME or external, found "client"' },
  { name: 'to without a port', file: 'check-shapes.yaml', want: /^20:30 checks\[5\]\.deny\.to: expected HOST:PORT with a port number/ },
  { name: 'selector that does not parse', file: 'check-shapes.yaml', want: /^21:88 checks\[6\]\.reach\.pods\.selector: expected a label selector such as app=web: unable to parse/ },
  { name: 'cluster-scoped ref with a namespace', file: 'check-shapes.yaml', want: '22:16 checks[7].unchanged: Node is cluster-scoped: expected Node/NAME, found "Node/a/b"' },
  { name: 'inline setup YAML error, placed in the file', file: 'setup-yaml-error.yaml', want: /^17:3 setup: Flow map in block collection/ },
  { name: 'setup path leaving the folder', file: 'setup-escape.yaml', want: /^9:8 setup: "\.\.\/good\/setups\/shop\.yaml" leaves this file's folder/ },
  { name: 'solution line that is not kubectl', file: 'solution-lines.yaml', want: /^17:5 solution\[0\]: a solution line is a kubectl command \(kubectl … or k …\), found "echo"/ },
  { name: 'solution line with a pipe', file: 'solution-lines.yaml', want: /^18:5 solution\[1\]: the shell operator "\|" is not supported/ },
  { name: 'solution line with an open quote', file: 'solution-lines.yaml', want: '19:5 solution[2]: unterminated single quote' },
  { name: 'solution file outside the working folder', file: 'solution-lines.yaml', want: /^20:12 solution\[3\]\.file: expected a file name in the working folder/ },
  { name: 'YAML syntax error', file: 'syntax.yaml', want: '5:1: Missing closing "quote' },
  { name: 'a kind that is no content kind', file: 'not-content.yaml', want: /^1:7 kind: expected a content file \(kind: Lesson, Scenario or Pack\), found kind: Lession \(did you mean "Lesson"\?\)/ },
  { name: 'two documents in one file', file: 'two-documents.yaml', want: /^5:1: a content file holds one YAML document/ },
  { name: 'pass mark out of range', file: 'pack-fields.yaml', want: '5:11 passMark: expected a number from 0 to 100, found 120' },
  { name: 'pack weight of zero', file: 'pack-fields.yaml', want: '8:13 tasks[0].weight: expected a number above 0, found 0' },
  { name: 'pack task leaving the folder', file: 'pack-escape/pack.yaml', want: /^6:15 tasks\[0\]\.scenario: "\.\.\/\.\.\/good\/scenario\.yaml" leaves this file's folder/ },
  { name: 'pack task by absolute path', file: 'pack-escape/pack.yaml', want: /^7:15 tasks\[1\]\.scenario: "\/etc\/kubeprep\/task\.yaml" is an absolute path/ },
  { name: 'pack task naming no scenario', file: 'pack-escape/pack.yaml', want: /^8:15 tasks\[2\]\.scenario: no scenario with id "no-such-scenario"/ },
];

const broken = loadContent([BROKEN]);
for (const c of cases) {
  test(`broken: ${c.name}`, (t) => {
    const prefix = `test/content/fixtures/broken/${c.file}:`;
    const got = broken.problems.map(formatProblem).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
    if (typeof c.want === 'string') t.true(got.includes(c.want), `want ${c.want}\ngot:\n${got.join('\n')}`);
    else t.true(got.some((g) => (c.want as RegExp).test(g)), `want ${c.want}\ngot:\n${got.join('\n')}`);
  });
}

test('broken files load nothing, and every one of them is reported', (t) => {
  t.deepEqual(broken.lessons, []);
  t.deepEqual(broken.scenarios, []);
  t.deepEqual(broken.packs, []);
  const files = new Set(broken.problems.map((p) => p.file.replace('test/content/fixtures/broken/', '')));
  for (const c of cases) t.true(files.has(c.file), c.file);
  t.true(files.has('solution-lines.yaml') && files.has('two-documents.yaml'));
});

test('a broken file does not stop the others: good and broken folders load together', (t) => {
  const set = loadContent([BROKEN, GOOD]);
  t.deepEqual(set.lessons.map((l) => l.id), ['fixture-lesson']);
  t.is(set.scenarios.length, 2);
  t.is(set.packs.length, 1, 'the good pack; the broken ones are left out');
  // with the good scenarios loaded, the broken pack's reference by id (line 9) resolves; its paths still do not
  t.is(set.problems.filter((p) => p.severity !== 'warning').length, broken.problems.length - 1);
  t.false(set.problems.some((p) => p.file.endsWith('pack-escape/pack.yaml') && p.line === 9));
});

test('a pack may name a built-in scenario by id through the catalog', (t) => {
  const good = loadContent([GOOD]);
  const alone = loadContent([dir('broken/pack-escape')], { catalog: good.scenarios });
  t.deepEqual(alone.problems.map((p) => p.line), [6, 7, 8], 'svc-selector-typo (line 9) resolves through the catalog');
});

test('duplicate ids across files: the later one is reported and left out; a file named twice loads once', (t) => {
  const set = loadContent([GOOD, dir('dup')]);
  t.deepEqual(set.scenarios.filter((s) => s.id === 'svc-selector-typo').map((s) => s.title), ["The shop's frontend answers nobody"]);
  t.true(set.problems.map(formatProblem).includes('test/content/fixtures/dup/copy.yaml:2:5 id: duplicate scenario id "svc-selector-typo" (also in test/content/fixtures/good/scenario.yaml)'));
  const once = loadContent([`${GOOD}/scenario.yaml`, `${GOOD}/scenario.yaml`]);
  t.is(once.scenarios.length, 1);
  t.deepEqual(once.problems, []);
});

test('a missing path is a problem, not an exception', (t) => {
  const set = loadContent(['/nonexistent/kubeprep-content']);
  t.is(set.problems.length, 1);
  t.regex(formatProblem(set.problems[0]!), /^\/nonexistent\/kubeprep-content:1:1: cannot read: no such file or directory$/);
});
