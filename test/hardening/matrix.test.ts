// The bad-input matrix (issue 10): each row is an input a learner or an instructor may give,
// the exit code and the one-line message it must get, and proof that nothing changed: every
// file in the row's folder (cluster files, content, the progress folder) is compared byte for
// byte before and after, unless the row says what may change. Runs the built program (dist/).
// README "Troubleshooting" shows this table as input → message.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BIN } from '../helpers/pty.js';

type Snapshot = Map<string, string>;

interface Row {
  input: string;
  /** Writes the row's files into `dir` and returns the command line (run in `dir`). */
  setup: (dir: string) => { args: string[]; env?: Record<string, string | undefined>; stdin?: Buffer | string };
  code: number;
  /** The one line the user must see (matched against a single line of stderr, or stdout with `onStdout`). */
  message: RegExp;
  onStdout?: boolean;
  /** What may change, given the snapshots before and after; by default nothing may. */
  changes?: (before: Snapshot, after: Snapshot, dir: string) => string | undefined;
  /** Milliseconds the answer may take (the test's own budget). */
  within?: number;
}

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: default\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: 8080\n';
const PROFILE = 'learner';
const progressJson = (schemaVersion: number) => JSON.stringify({ schemaVersion, profile: PROFILE, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', lessons: { 'services-why': { readAt: '2026-01-02T00:00:00.000Z' } }, scenarios: {}, exams: [], review: {} }, null, 2) + '\n';

function write(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** A file of the editor scripts that tests use: exits with a status. */
function editorExiting(dir: string, status: number): string {
  write(dir, 'editor.mjs', `process.exit(${status});\n`);
  return `${process.execPath} ${join(dir, 'editor.mjs')}`;
}

/** About 10 MB of Pods and their Services, 1:1, in 50 namespaces. */
export function bigCluster(): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 10 * 1024 * 1024; i++) {
    const ns = `ns${i % 50}`;
    const s = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-${i}\n  namespace: ${ns}\n  labels:\n    app: web-${i}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    ports:\n    - containerPort: 8080\n---\n` +
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\n  namespace: ${ns}\nspec:\n  selector:\n    app: web-${i}\n  ports:\n  - port: 80\n    targetPort: 8080\n---\n`;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

const BOMB = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: bomb}', 'data:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((k, i) => `  ${k}: &${k} [${Array(9).fill('*' + 'abcdefgh'[i]).join(',')}]`)].join('\n') + '\n';

const SCENARIO = (extra = '') => `kind: Scenario
id: matrix-scenario
title: A scenario
topic: services
difficulty: 2
weight: 4
minutes: 5
task: Fix it.
setup: |
  apiVersion: v1
  kind: Namespace
  metadata: {name: shop}
checks:
  - object: {ref: Namespace/shop, path: metadata.labels.done, equals: "yes"}
hints: [One, Two, Three]
solution:
  - kubectl label ns shop done=yes
explain: Because.
${extra}`;

const onlyProgressMovedAside = (before: Snapshot, after: Snapshot): string | undefined => {
  const file = `home/${PROFILE}.json`;
  const old = before.get(file)!;
  const aside = [...after.keys()].filter((k) => k.startsWith(`${file}.corrupt-`));
  if (aside.length !== 1) return `expected one ${file}.corrupt-* file, found ${aside.length}`;
  if (after.get(aside[0]!) !== old) return 'the corrupt file was not kept byte for byte';
  const fresh = after.get(file);
  if (!fresh || JSON.parse(Buffer.from(fresh, 'base64').toString('utf8')).schemaVersion !== 1) return 'no fresh progress file';
  for (const [k, v] of before) if (k !== file && after.get(k) !== v) return `${k} changed`;
  return undefined;
};

export const ROWS: Row[] = [
  { input: 'an unknown kubectl command', code: 1, message: /^error: unknown command "frobnicate" for "kubectl"$/,
    setup: (d) => (write(d, 'state.yaml', SERVICE), { args: ['kubectl', '--state', 'state.yaml', '--write', 'frobnicate', 'svc'] }) },
  { input: 'an unknown kubectl flag', code: 1, message: /^error: unknown flag: --bogus$/,
    setup: (d) => (write(d, 'state.yaml', SERVICE), { args: ['kubectl', '--state', 'state.yaml', '--write', 'delete', 'svc', 'web', '--bogus'] }) },
  { input: 'kubectl on a missing object', code: 1, message: /^Error from server \(NotFound\): services "nope" not found$/,
    setup: (d) => (write(d, 'state.yaml', SERVICE), { args: ['kubectl', '--state', 'state.yaml', '--write', 'delete', 'svc', 'nope'] }) },
  { input: 'a state file that does not exist', code: 2, message: /^kubeprep: cannot read missing\.yaml: no such file$/,
    setup: () => ({ args: ['kubectl', '--state', 'missing.yaml', 'get', 'svc'] }) },
  { input: 'a YAML file that does not parse', code: 2, message: /^kubeprep: broken\.yaml:5:1: .+/,
    setup: (d) => (write(d, 'broken.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: [web\n'), { args: ['sim', 'validate', '-f', 'broken.yaml'] }) },
  { input: 'a YAML file that does not parse, to kubectl apply -f', code: 1, message: /^error: error parsing broken\.yaml: error converting YAML to JSON: yaml: line 5: .+/,
    setup: (d) => (write(d, 'state.yaml', SERVICE), write(d, 'broken.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: [web\n'), { args: ['kubectl', '--state', 'state.yaml', '--write', 'apply', '-f', 'broken.yaml'] }) },
  { input: 'a manifest the API server rejects (kubectl --write apply)', code: 1, message: /^\* spec\.ports\[0\]\.port: Invalid value: 70000: must be between 1 and 65535, inclusive$/,
    setup: (d) => (write(d, 'state.yaml', SERVICE), write(d, 'bad.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: bad\nspec:\n  ports:\n  - port: 70000\n'), { args: ['kubectl', '--state', 'state.yaml', '--write', 'apply', '-f', 'bad.yaml'] }) },
  { input: 'a manifest the API server rejects (sim validate)', code: 1, message: /spec\.ports\[0\]\.port.*must be between 1 and 65535, inclusive/, onStdout: true,
    setup: (d) => (write(d, 'bad.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: bad\nspec:\n  ports:\n  - port: 70000\n'), { args: ['sim', 'validate', '-f', 'bad.yaml'] }) },
  { input: 'a 10 MB cluster file', code: 0, message: /reaches Service ns0\/svc-0/, onStdout: true, within: 20_000,
    setup: (d) => (write(d, 'big.yaml', bigCluster()), { args: ['sim', 'route', '-f', 'big.yaml', '--from', 'ns0/web-0', '--to', 'svc-0.ns0:80'] }) },
  { input: 'a YAML alias bomb', code: 2, message: /^kubeprep: bomb\.yaml:\d+:\d+: Excessive alias count indicates a resource exhaustion attack$/, within: 3000,
    setup: (d) => (write(d, 'bomb.yaml', BOMB), { args: ['sim', 'validate', '-f', 'bomb.yaml'] }) },
  { input: 'a YAML alias bomb as a kubectl state file', code: 2, message: /^kubeprep: bomb\.yaml:\d+:\d+: Excessive alias count/, within: 3000,
    setup: (d) => (write(d, 'bomb.yaml', BOMB), { args: ['kubectl', '--state', 'bomb.yaml', '--write', 'get', 'cm'] }) },
  { input: 'a cluster file that is not UTF-8', code: 2, message: /^kubeprep: latin1\.yaml:4:12: the file is not valid UTF-8 text$/,
    setup: (d) => (write(d, 'latin1.yaml', Buffer.from('apiVersion: v1\nkind: Service\nmetadata:\n  name: caf\xe9\n', 'latin1')), { args: ['sim', 'validate', '-f', 'latin1.yaml'] }) },
  { input: 'a non-UTF-8 cluster on stdin (-f -)', code: 2, message: /^kubeprep: <stdin>:1:7: the file is not valid UTF-8 text$/,
    setup: () => ({ args: ['sim', 'validate', '-f', '-'], stdin: Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) }) },
  { input: 'a non-UTF-8 file to kubectl apply -f', code: 1, message: /^error: error parsing latin1\.yaml: error converting YAML to JSON: yaml: invalid leading UTF-8 octet$/,
    setup: (d) => (write(d, 'state.yaml', SERVICE), write(d, 'latin1.yaml', Buffer.from('apiVersion: v1\nkind: Service\nmetadata:\n  name: caf\xe9\n', 'latin1')), { args: ['kubectl', '--state', 'state.yaml', '--write', 'apply', '-f', 'latin1.yaml'] }) },
  { input: 'a scenario with a schema error', code: 1, message: /^matrix\/s\.yaml:5:13 difficulty: expected a whole number from 1 to 5, found 9$/, onStdout: true,
    setup: (d) => (write(d, 'matrix/s.yaml', SCENARIO().replace('difficulty: 2', 'difficulty: 9')), { args: ['content', 'validate', 'matrix'] }) },
  { input: 'a content file that does not parse', code: 1, message: /^matrix\/s\.yaml:4:1: Flow sequence .+/, onStdout: true,
    setup: (d) => (write(d, 'matrix/s.yaml', SCENARIO().replace('title: A scenario', 'title: [A scenario')), { args: ['content', 'validate', 'matrix'] }) },
  { input: 'a pack with a schema error', code: 1, message: /^matrix\/pack\.yaml:4:10 minutes: .+/, onStdout: true,
    setup: (d) => (write(d, 'matrix/pack.yaml', 'kind: Pack\nid: p\ntitle: A pack\nminutes: soon\ntasks:\n  - scenario: svc-selector-typo\n'), { args: ['content', 'validate', 'matrix'] }) },
  { input: 'a pack pointing outside its folder', code: 1, message: /^matrix\/pack\/pack\.yaml:6:15 tasks\[0\]\.scenario: "\.\.\/s\.yaml" leaves this file's folder/, onStdout: true,
    setup: (d) => (write(d, 'matrix/s.yaml', SCENARIO()), write(d, 'matrix/pack/pack.yaml', 'kind: Pack\nid: p\ntitle: A pack\nminutes: 10\ntasks:\n  - scenario: ../s.yaml\n'), { args: ['content', 'validate', 'matrix/pack'] }) },
  { input: 'a pack naming a missing scenario file', code: 1, message: /^matrix\/pack\/pack\.yaml:6:15 tasks\[0\]\.scenario: .*(no such file|cannot read)/, onStdout: true,
    setup: (d) => (write(d, 'matrix/pack/pack.yaml', 'kind: Pack\nid: p\ntitle: A pack\nminutes: 10\ntasks:\n  - scenario: tasks/missing.yaml\n'), { args: ['content', 'validate', 'matrix/pack'] }) },
  { input: 'a lesson referencing a missing setup file', code: 1, message: /^matrix\/lesson\.yaml:\d+:\d+ quiz\[0\]\.setup: .*setups\/missing\.yaml/, onStdout: true,
    setup: (d) => (write(d, 'matrix/lesson.yaml', [
      'kind: Lesson', 'id: matrix-lesson', 'title: A lesson', 'topic: services', 'sections:', '  - heading: One', '    body: Text.', 'quiz:',
      '  - id: q', '    kind: command', '    question: Expose it.', '    setup: setups/missing.yaml', '    checks:', '      - object: {ref: Service/shop/web, path: metadata.name, equals: web}',
      '    solution:', '      - kubectl -n shop create service clusterip web --tcp=80:8080', '    explain: Because.', ''].join('\n')), { args: ['content', 'validate', 'matrix'] }) },
  { input: 'a corrupted progress file', code: 0, message: /^kubeprep: progress file .*learner\.json was unreadable \(it is not valid JSON .*\); it was kept as .*learner\.json\.corrupt-\S+ and a fresh one started$/,
    setup: (d) => (write(d, `home/${PROFILE}.json`, '{"schemaVersion": 1, "lessons": {\u0000\u0001garbage'), { args: ['--profile', PROFILE, 'progress'] }),
    changes: onlyProgressMovedAside },
  { input: 'a half-written progress file', code: 0, message: /^kubeprep: progress file .*was unreadable \(it is not valid JSON .*\); it was kept as .*\.corrupt-/,
    setup: (d) => (write(d, `home/${PROFILE}.json`, progressJson(1).slice(0, 90)), { args: ['--profile', PROFILE, 'progress'] }),
    changes: onlyProgressMovedAside },
  { input: 'a progress file of the wrong shape', code: 0, message: /^kubeprep: progress file .*was unreadable \(its "exams" is not a list\)/,
    setup: (d) => (write(d, `home/${PROFILE}.json`, JSON.stringify({ schemaVersion: 1, lessons: {}, scenarios: {}, review: {}, exams: 'none' })), { args: ['--profile', PROFILE, 'progress'] }),
    changes: onlyProgressMovedAside },
  { input: 'a progress file from a future schema version', code: 2, message: /^kubeprep: progress file .*learner\.json was written by a newer kubeprep \(schema 7; this one reads up to 1\); it was left untouched$/,
    setup: (d) => (write(d, `home/${PROFILE}.json`, progressJson(7)), { args: ['--profile', PROFILE, 'progress'] }) },
  { input: 'a future progress file, to report', code: 2, message: /^kubeprep: progress file .*was written by a newer kubeprep/,
    setup: (d) => (write(d, `home/${PROFILE}.json`, progressJson(7)), { args: ['--profile', PROFILE, 'report', '--format', 'json'] }) },
  { input: 'report --merge with a broken JSON file', code: 2, message: /^kubeprep: report: broken\.json: not valid JSON/,
    setup: (d) => (write(d, 'broken.json', '{"kind": "KubeprepResults", "attempts": ['), { args: ['report', '--merge', 'broken.json'] }) },
  { input: 'report --merge with a foreign JSON file', code: 2, message: /^kubeprep: report: package\.json: .+/,
    setup: (d) => (write(d, 'package.json', '{"name": "not-an-export", "version": "1.0.0"}\n'), { args: ['report', '--merge', 'package.json'] }) },
  { input: 'report --merge with a non-UTF-8 file', code: 2, message: /^kubeprep: report: latin1\.json: not valid UTF-8$/,
    setup: (d) => (write(d, 'latin1.json', Buffer.from('{"profile": "caf\xe9"}', 'latin1')), { args: ['report', '--merge', 'latin1.json'] }) },
  { input: '$EDITOR unset (vi, not installed) for kubectl edit', code: 1, message: /^error: unable to launch the editor "vi"$/,
    setup: (d) => (write(d, 'state.yaml', SERVICE), { args: ['kubectl', '--state', 'state.yaml', '--write', 'edit', 'svc', 'web'], env: { EDITOR: undefined, KUBE_EDITOR: undefined, PATH: join(d, 'no-bin') } }) },
  { input: '$EDITOR naming a missing program', code: 1, message: /^error: unable to launch the editor "\/no\/such\/editor"$/,
    setup: (d) => (write(d, 'state.yaml', SERVICE), { args: ['kubectl', '--state', 'state.yaml', '--write', 'edit', 'svc', 'web'], env: { EDITOR: '/no/such/editor', KUBE_EDITOR: undefined } }) },
  { input: '$EDITOR exiting non-zero', code: 1, message: /^error: there was a problem with the editor ".*editor\.mjs"$/,
    setup: (d) => (write(d, 'state.yaml', SERVICE), { args: ['kubectl', '--state', 'state.yaml', '--write', 'edit', 'svc', 'web'], env: { EDITOR: editorExiting(d, 3), KUBE_EDITOR: undefined } }) },
  { input: '$EDITOR of only spaces', code: 1, message: /^error: unable to launch the editor "vi"$/,
    setup: (d) => (write(d, 'state.yaml', SERVICE), { args: ['kubectl', '--state', 'state.yaml', '--write', 'edit', 'svc', 'web'], env: { EDITOR: '   ', KUBE_EDITOR: undefined, PATH: join(d, 'no-bin') } }) },
  { input: 'an unknown kubeprep command', code: 2, message: /^kubeprep: unknown command "frobnicate" \(see kubeprep --help\)$/,
    setup: () => ({ args: ['frobnicate'] }) },
  { input: 'a profile name that is a path', code: 2, message: /^kubeprep: profile name "\.\.\/x" is not valid/,
    setup: () => ({ args: ['--profile', '../x', 'progress'] }) },
  // A terminal smaller than 80x24: test/ui/app.e2e.test.ts ("a terminal smaller than 80x24 gets
  // a message, and the menu comes back when it grows") drives it in a pseudo-terminal.
];

function snapshot(dir: string): Snapshot {
  const out: Snapshot = new Map();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

const editTemps = () => readdirSync(tmpdir()).filter((n) => n.startsWith('kubeprep-edit-')).length;

for (const row of ROWS) {
  test(`${row.input} → exit ${row.code}, ${row.message.source.slice(0, 60)}`, (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeprep-matrix-'));
    const home = join(dir, 'home');
    mkdirSync(home, { recursive: true });
    const { args, env: extra, stdin } = row.setup(dir);
    const before = snapshot(dir);
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, KUBEPREP_HOME: home, NO_COLOR: '1', ...extra })) if (v !== undefined) env[k] = v;
    delete env.KUBEPREP_DEBUG;
    const temps = editTemps();
    const started = Date.now();
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, input: stdin ?? '', timeout: 50_000 });
    const took = Date.now() - started;
    const stdout = r.stdout.toString('utf8'), stderr = r.stderr.toString('utf8');
    t.is(r.status, row.code, `stdout: ${stdout.slice(0, 500)}\nstderr: ${stderr.slice(0, 500)}`);
    const lines = (row.onStdout ? stdout : stderr).split('\n');
    t.true(lines.some((l) => row.message.test(l)), `no line matches ${row.message}:\n${(row.onStdout ? stdout : stderr).slice(0, 800)}`);
    // never a stack trace, never the "internal error" apology
    t.notRegex(stderr, /^\s+at .+[:(]\d+:\d+\)?$/m);
    t.notRegex(stderr, /internal error|Error: |node:internal/);
    if (row.within) t.true(took < row.within, `took ${took} ms`);
    const after = snapshot(dir);
    if (row.changes) { const why = row.changes(before, after, dir); t.is(why, undefined); }
    else t.deepEqual([...after.entries()].sort(), [...before.entries()].sort(), 'files changed');
    // an editor that failed leaves no temp folder behind (other tests may add theirs meanwhile)
    if (args.includes('edit')) t.true(editTemps() <= temps, 'a kubeprep-edit-* folder was left behind');
  });
}

export const MATRIX_SIZE = ROWS.length;
