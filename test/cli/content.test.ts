// `kubeprep content validate` and `kubeprep check` (DESIGN.md "Command-line contract"):
// exit 0 all good, 1 problems or failed checks, 2 usage errors and unreadable input.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkCommand, contentValidateCommand } from '../../source/cli/content.js';
import { runCli } from '../helpers/run.js';

const path = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const GOOD = 'test/content/fixtures/good';
const BROKEN = 'test/content/fixtures/broken';
const SCENARIO = `${GOOD}/scenario.yaml`;
const SHOP_BROKEN = 'test/cli/fixtures/shop-broken.yaml';
const SHOP_FIXED = 'test/cli/fixtures/shop-fixed.yaml';


test('content validate: the built-in content, every solution run, in under 3 s as a whole process', (t) => {
  const start = Date.now();
  const r = runCli(['content', 'validate', '-o', 'json']);
  const ms = Date.now() - start;
  t.true(ms < 3000, `took ${ms} ms`);
  t.true(r.code === 0 || r.code === 1, r.stderr);
  const out = JSON.parse(r.stdout);
  t.deepEqual(Object.keys(out), ['valid', 'lessons', 'scenarios', 'packs', 'problems']);
  t.true(out.lessons.length >= 14);
  t.is(out.valid, r.code === 0);
});

test('content validate lessons: the built-in lessons pass', (t) => {
  const r = runCli(['content', 'validate', 'lessons', '-o', 'json']);
  const out = JSON.parse(r.stdout);
  t.is(out.lessons.length, 14);
  t.deepEqual(out.problems, []);
});

test('content validate DIR: good content is proven, the warning shown, exit 0', async (t) => {
  const r = await contentValidateCommand([GOOD], { builtin: {} });
  t.is(r.exitCode, 0, r.stdout);
  t.deepEqual(r.stdout.trimEnd().split('\n'), [
    `${GOOD}/pack/tasks/nodeport.yaml:14:3 hints: warning: 1 hint: three are recommended, in increasing strength`,
    'ok: 1 lesson (1 command question), 2 scenarios, 1 pack; every task fails as set up and passes after its solution (1 warning)',
  ]);
});

test('content validate: problems as FILE:LINE:COL path: message, exit 1', (t) => {
  const r = runCli(['content', 'validate', BROKEN, 'test/content/fixtures/prove']);
  t.is(r.code, 1);
  const lines = r.stdout.trimEnd().split('\n');
  const summary = lines.pop()!;
  t.regex(summary, /^\d+ problems in 0 lessons \(0 command questions\), 6 scenarios, 0 packs/);
  for (const l of lines) t.regex(l, /^test\/content\/fixtures\/(broken|prove)\/[\w/-]+\.yaml:\d+:\d+[ :]/, l);
  t.true(lines.includes(`${BROKEN}/scenario-fields.yaml:14:104 checks[0].reach.port: expected a number or a port name, found a list`));
  t.true(lines.some((l) => l.startsWith('test/content/fixtures/prove/fails-after.yaml:36:5 checks[0]: fails after the solution:')));
});

test('content validate -o json: the problems as data', async (t) => {
  const r = await contentValidateCommand([`${BROKEN}/lesson-typo.yaml`, '-o', 'json'], { builtin: {} });
  t.is(r.exitCode, 1);
  t.deepEqual(JSON.parse(r.stdout), {
    valid: false, lessons: [], scenarios: [], packs: [],
    problems: [
      { file: `${BROKEN}/lesson-typo.yaml`, line: 1, col: 1, path: 'sections', message: 'required field is missing', severity: 'error' },
      { file: `${BROKEN}/lesson-typo.yaml`, line: 5, col: 1, path: 'sectons', message: 'unknown field (did you mean "sections"?)', severity: 'error' },
    ],
  });
});

test('content validate: a pack names built-in scenarios by id', async (t) => {
  const r = await contentValidateCommand([`${BROKEN}/pack-escape`], { builtin: { scenarios: path('../content/fixtures/good') } });
  t.is(r.exitCode, 1);
  t.false(r.stdout.includes('pack.yaml:9:'), 'svc-selector-typo is found among the built-ins');
  t.true(r.stdout.includes('pack.yaml:8:15 tasks[2].scenario: no scenario with id "no-such-scenario"'));
});

test('content validate: usage errors and unreadable paths are exit 2', (t) => {
  for (const args of [['--bogus'], ['-o', 'yaml'], ['no/such/folder']]) {
    const r = runCli(['content', 'validate', ...args]);
    t.is(r.code, 2, args.join(' '));
    t.regex(r.stderr, /^kubeprep: content validate: /);
  }
});

test('check: a broken cluster fails its checks with the trace, exit 1 (-o json)', (t) => {
  const r = runCli(['check', SCENARIO, '-f', SHOP_BROKEN, '-o', 'json']);
  t.is(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  t.deepEqual(Object.keys(out), ['scenario', 'pass', 'score', 'checks', 'rejected']);
  t.is(out.scenario, 'svc-selector-typo');
  t.false(out.pass);
  t.deepEqual(out.score, { earned: 0, weight: 4, passed: 0, total: 2, guardFailed: false });
  t.deepEqual(out.checks.map((c: { name: string; pass: boolean; guard: boolean }) => [c.name, c.pass, c.guard]), [
    ['web.shop:80 reaches the web pods on 8080', false, false],
    ['the selector is app=web', false, false],
    ['Deployment web is unchanged', true, true],
  ]);
  t.true(out.checks[0].hops.length > 0);
  for (const h of out.checks[0].hops) t.deepEqual(Object.keys(h), ['step', 'status', 'detail']);
});

test('check: a fixed cluster passes, exit 0, for a person', (t) => {
  const r = runCli(['check', SCENARIO, '-f', SHOP_FIXED], { env: { NO_COLOR: '1' } });
  t.is(r.code, 0, r.stderr);
  t.regex(r.stdout, /^svc-selector-typo: The shop's frontend answers nobody\n/);
  t.regex(r.stdout, /\n {2}ok web\.shop:80 reaches the web pods on 8080\n/);
  t.regex(r.stdout, /\n {2}ok Deployment web is unchanged \(must stay as set up\)\n/);
  t.regex(r.stdout, /\n2\/2 checks pass: 4 of 4 points\n$/);
  t.false(r.stdout.includes('note:'));
});

test('check: a failed check prints its detail and trace', (t) => {
  const r = checkCommand([SCENARIO, '-f', SHOP_BROKEN], {});
  t.is(r.exitCode, 1);
  t.regex(r.stdout, /\n {2}XX web\.shop:80 reaches the web pods on 8080\n {6}web\.shop:80 from default\/client is not reachable: .*\n {7}1\. ok dns/);
  t.regex(r.stdout, /\n {2}XX the selector is app=web\n {6}Service shop\/web spec\.selector is \{"app":"web-frontend"\}, expected \{"app":"web"\}\n {2}ok /, 'a one-hop trace that says the same as the detail is not repeated');
  t.regex(r.stdout, /\n0\/2 checks pass: 0 of 4 points\n$/);
  t.regex(r.stdout, /^svc-selector-typo: .*\n {2}note: the API server would refuse Service\/shop\/api, so it is not part of the cluster: The Service "api" is invalid: spec\.ports\[0\]\.nodePort/, 'objects the API server refuses are named');
});

test('check: a guard that fails zeroes the task', (t) => {
  const changed = readFileSync(path('fixtures/shop-fixed.yaml'), 'utf8').replace('replicas: 2', 'replicas: 3');
  const r = checkCommand([SCENARIO, '-f', '-', '-o', 'json'], {}, () => Buffer.from(changed));
  t.is(r.exitCode, 1);
  const out = JSON.parse(r.stdout);
  t.deepEqual(out.score, { earned: 0, weight: 4, passed: 2, total: 2, guardFailed: true });
  t.regex(out.checks[2].detail, /spec\.replicas was 2, now 3/);
});

test('check: a built-in scenario by id', (t) => {
  const builtin = { scenarios: path('../content/fixtures/good') };
  t.is(checkCommand(['svc-selector-typo', '-f', SHOP_FIXED], { builtin }).exitCode, 0);
  const typo = checkCommand(['svc-selector-typp', '-f', SHOP_FIXED], { builtin });
  t.is(typo.exitCode, 2);
  t.is(typo.stderr, 'kubeprep: check: no scenario "svc-selector-typp" (did you mean "svc-selector-typo"?) (kubeprep content validate lists what is there)\n');
});

test('check: usage errors and unreadable input are exit 2', (t) => {
  const cases: Array<[string[], RegExp]> = [
    [[SCENARIO], /a cluster file is required/],
    [['-f', SHOP_FIXED], /name the scenario/],
    [[SCENARIO, 'extra', '-f', SHOP_FIXED], /unexpected argument "extra"/],
    [[SCENARIO, '-f', 'no-such.yaml'], /cannot read no-such\.yaml: no such file/],
    [[SCENARIO, '-f', SHOP_FIXED, '-o', 'wide'], /unsupported output "wide"/],
    [['no/such/scenario.yaml', '-f', SHOP_FIXED], /cannot read no\/such\/scenario\.yaml/],
    [[`${BROKEN}/scenario-fields.yaml`, '-f', SHOP_FIXED], /scenario-fields\.yaml:4:8 topic:/],
  ];
  for (const [args, want] of cases) {
    const r = checkCommand(args, {});
    t.is(r.exitCode, 2, args.join(' '));
    t.regex(r.stderr, want);
  }
});

test('--help lists content validate and check as built', (t) => {
  const r = runCli(['--help']);
  t.regex(r.stdout, /kubeprep content validate \[DIR\|FILE\.\.\.\]\n {6}check lessons, scenarios and packs\n/);
  t.regex(r.stdout, /kubeprep check SCENARIO_ID -f CLUSTER \[-o json\]\n {6}grade a cluster state against a scenario's checks\n/);
});
