// Safety (issue 10): $EDITOR runs without a shell (a file name with spaces and `;` stays one
// argument), progress files and exports are created 0600, and content is never executed.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchEditor } from '../../source/cli/editor.js';
import { openProgress, update } from '../../source/progress/store.js';
import { BIN } from '../helpers/pty.js';

const RECORDER = fileURLToPath(new URL('fixtures/record-argv.mjs', import.meta.url));
const temp = () => mkdtempSync(join(tmpdir(), 'kubeprep-safety-'));
const mode = (p: string) => statSync(p).mode & 0o777;

function run(args: string[], dir: string, env: Record<string, string | undefined> = {}) {
  const e: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, KUBEPREP_HOME: join(dir, 'home'), ...env })) if (v !== undefined) e[k] = v;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: e, encoding: 'utf8', input: '', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('$EDITOR runs without a shell: a file name with spaces, ; and $(...) is one argument', (t) => {
  const dir = temp();
  const record = join(dir, 'argv.json');
  const nasty = 'my file; touch PWNED $(touch PWNED2) `touch PWNED3`.yaml';
  // the editor inherits this process's environment; opts.env only chooses the editor
  process.env.RECORD_ARGV = record;
  const r = launchEditor('kind: Service\n', nasty, { env: { EDITOR: `${process.execPath} ${RECORDER} --wait` } });
  t.false('error' in r, JSON.stringify(r));
  const seen = JSON.parse(readFileSync(record, 'utf8')) as { args: string[]; exists: boolean };
  t.is(seen.args.length, 2);
  t.is(seen.args[0], '--wait');
  t.true(seen.args[1]!.endsWith('/' + nasty));
  t.true(seen.exists);
  for (const f of ['PWNED', 'PWNED2', 'PWNED3']) { t.false(existsSync(join(dir, f))); t.false(existsSync(f)); }
});

test('kubeprep kubectl edit: the editor gets the temp file as one argument; unchanged text changes nothing', (t) => {
  const dir = temp();
  const state = join(dir, 'state yaml; x.yaml');
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n';
  writeFileSync(state, text);
  const record = join(dir, 'argv.json');
  const r = run(['kubectl', '--state', state, '--write', 'edit', 'svc', 'web'], dir, { EDITOR: `${process.execPath} ${RECORDER}`, KUBE_EDITOR: undefined, RECORD_ARGV: record });
  t.is(r.code, 0, r.stderr);
  t.regex(r.stderr, /Edit cancelled, no changes made/);
  const seen = JSON.parse(readFileSync(record, 'utf8')) as { args: string[]; exists: boolean };
  t.is(seen.args.length, 1);
  t.regex(seen.args[0]!, /kubeprep-edit-[^/]+\/kubectl-edit-\d+\.yaml$/);
  t.true(seen.exists);
  t.is(readFileSync(state, 'utf8'), text);
  t.false(existsSync(seen.args[0]!), 'the temp file was removed');
});

test('a progress file is created 0600, and an existing 0644 one becomes 0600 when saved', (t) => {
  const dir = temp();
  const r = run(['--profile', 'fresh', 'progress'], dir);
  t.is(r.code, 0, r.stderr);
  t.is(mode(join(dir, 'home', 'fresh.json')), 0o600);
  t.is(mode(join(dir, 'home')) & 0o077, 0, 'the folder is private too');

  const env = { KUBEPREP_HOME: join(dir, 'home') };
  const opened = openProgress('old', { env });
  if (!opened.ok) return t.fail(opened.message);
  chmodSync(opened.store.file, 0o644);
  update(opened.store, (d) => { d.lessons.x = { readAt: '2026-01-01T00:00:00.000Z' }; });
  t.is(mode(opened.store.file), 0o600);
  t.deepEqual(readdirSync(join(dir, 'home')).filter((f) => f.endsWith('.tmp')), []);
});

test('a report export written with --out is 0600, even over an existing 0644 file', (t) => {
  const dir = temp();
  const r1 = run(['--profile', 'ana', 'report', '--format', 'json', '--out', 'new.json'], dir);
  t.is(r1.code, 0, r1.stderr);
  t.is(mode(join(dir, 'new.json')), 0o600);
  writeFileSync(join(dir, 'old.json'), 'x', { mode: 0o644 });
  chmodSync(join(dir, 'old.json'), 0o644);
  const r2 = run(['--profile', 'ana', 'report', '--format', 'json', '--out', 'old.json'], dir);
  t.is(r2.code, 0, r2.stderr);
  t.is(mode(join(dir, 'old.json')), 0o600);
  t.is(JSON.parse(readFileSync(join(dir, 'old.json'), 'utf8')).profile, 'ana');
});

test('content is never executed: shell in setups, solutions and tasks stays text', (t) => {
  const dir = temp();
  const marker = join(dir, 'PWNED');
  mkdirSync(join(dir, 'c'));
  const sh = `$(touch ${marker}) \`touch ${marker}\``;
  writeFileSync(join(dir, 'c', 'evil.yaml'), [
    'kind: Scenario', 'id: evil', `title: '${sh}'`, 'topic: services', 'difficulty: 1', 'weight: 1', 'minutes: 1', `task: '${sh}'`,
    'setup: |', '  apiVersion: v1', '  kind: Namespace', '  metadata:', '    name: shop', `    annotations: {run: '${sh}'}`,
    'checks:', '  - object: {ref: Namespace/shop, path: metadata.labels.done, equals: "yes"}', `hints: ['${sh}']`,
    'solution:',
    `  - kubectl run web -n shop --image=busybox --restart=Never -- sh -c 'touch ${marker}'`,
    `  - kubectl exec -n shop web -- sh -c 'touch ${marker}; ${sh}'`,
    '  - kubectl label ns shop done=yes',
    `explain: '${sh}'`, ''].join('\n'));
  const v = run(['content', 'validate', 'c'], dir);
  t.is(v.code, 1);
  // the solution is replayed by the kubectl emulator, whose containers have no shell
  t.regex(v.stdout, /evil\.yaml:20:5 solution\[1\]: the solution fails here \(exit 1\): .*exec: "sh": executable file not found/);
  t.notRegex(v.stderr, /internal error/);
  const c = run(['check', join(dir, 'c', 'evil.yaml'), '-f', '-'], dir);
  t.notRegex(c.stderr, /internal error/);
  t.false(existsSync(marker), 'a command in content was run');
  t.false(existsSync('PWNED'));
});
