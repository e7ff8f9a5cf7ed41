// `kubeprep kubectl [--state FILE [--write]] ARGS...` in process: the state file, stdin for
// `apply -f -`, the editor from KUBE_EDITOR/EDITOR, and --write's rules.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { kubectlCommand } from '../../source/cli/kubectl.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const broken = fs.readFileSync(path.join(here, '..', 'kubectl', 'fixtures', 'broken-service.yaml'), 'utf8');
const editor = `${process.execPath} ${path.join(here, 'fixtures', 'fix-selector-editor.mjs')}`;
const NOW = () => new Date('2025-03-01T10:00:00Z');

function workdir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeprep-kubectl-'));
  fs.writeFileSync(path.join(dir, 'cluster.yaml'), broken);
  return dir;
}

const run = (args: string[], opts: { cwd?: string; stdin?: string; env?: Record<string, string | undefined> } = {}) =>
  kubectlCommand(args, { stdin: () => Buffer.from(opts.stdin ?? ''), cwd: opts.cwd, env: opts.env ?? {}, now: NOW });

test('without --state: a fresh kubeadm cluster', (t) => {
  const r = run(['get', 'svc', '-A', '-o', 'name']);
  t.deepEqual(r, { stdout: 'service/kubernetes\nservice/kube-dns\n', stderr: '', exitCode: 0 });
});

test('kubectl\'s own exit codes and messages', (t) => {
  const r = run(['get', 'svc', 'nope']);
  t.deepEqual(r, { stdout: '', stderr: 'Error from server (NotFound): services "nope" not found\n', exitCode: 1 });
});

test('an unreadable state file is exit 2 with a kubeprep message', (t) => {
  const r = run(['--state', 'missing.yaml', 'get', 'svc'], { cwd: os.tmpdir() });
  t.is(r.exitCode, 2);
  t.is(r.stderr, 'kubeprep: cannot read missing.yaml: no such file\n');
  const bad = workdir();
  fs.writeFileSync(path.join(bad, 'bad.yaml'), 'kind: Service\nmetadata: [\n');
  const r2 = run(['--state', 'bad.yaml', 'get', 'svc'], { cwd: bad });
  t.is(r2.exitCode, 2);
  t.regex(r2.stderr, /^kubeprep: bad\.yaml:\d+:\d+: /);
});

test('--write saves the change; the next command sees it', (t) => {
  const dir = workdir();
  const r = run(['--state', 'cluster.yaml', '--write', 'set', 'selector', 'svc', 'web', 'app=web', '-n', 'shop'], { cwd: dir });
  t.deepEqual(r, { stdout: 'service/web selector updated\n', stderr: '', exitCode: 0 });
  const saved = fs.readFileSync(path.join(dir, 'cluster.yaml'), 'utf8');
  t.regex(saved, /selector:\n    app: web\n/);
  t.regex(saved, /clusterIP: 10\.\d+\.\d+\.\d+/, 'allocated values are saved');
  t.notRegex(saved, /kind: (EndpointSlice|Endpoints|ReplicaSet)\n/, 'derived objects are not saved');
  t.notRegex(saved, /web-\w+-\w{5}/, 'nor the Deployment\'s pods');
  const ep = run(['--state', 'cluster.yaml', 'get', 'ep', 'web', '-n', 'shop', '-o', 'jsonpath={.subsets[0].addresses[*].ip}'], { cwd: dir });
  t.regex(ep.stdout, /^10\.244\.\d+\.\d+ 10\.244\.\d+\.\d+$/);
});

test('--write leaves the file alone when the command fails or changes nothing', (t) => {
  const dir = workdir();
  const file = path.join(dir, 'cluster.yaml');
  t.is(run(['--state', 'cluster.yaml', '--write', 'patch', 'svc', 'web', '-n', 'shop', '-p', '{"spec":{"ports":[{"port":0}]}}'], { cwd: dir }).exitCode, 1);
  t.is(run(['--state', 'cluster.yaml', '--write', 'get', 'svc', '-n', 'shop'], { cwd: dir }).exitCode, 0);
  t.is(fs.readFileSync(file, 'utf8'), broken);
  t.deepEqual(fs.readdirSync(dir), ['cluster.yaml'], 'no temp file left behind');
});

test('--write needs --state', (t) => {
  t.deepEqual(run(['--write', 'get', 'svc']).exitCode, 2);
});

test('apply -f - reads stdin', (t) => {
  const r = run(['apply', '-f', '-'], { stdin: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n' });
  t.deepEqual(r, { stdout: 'namespace/dev created\n', stderr: '', exitCode: 0 });
});

test('edit runs KUBE_EDITOR (split on spaces, no shell) and saves with --write', (t) => {
  const dir = workdir();
  const r = run(['--state', 'cluster.yaml', '--write', 'edit', 'svc', 'web', '-n', 'shop'], { cwd: dir, env: { KUBE_EDITOR: editor, EDITOR: 'false' } });
  t.deepEqual(r, { stdout: 'service/web edited\n', stderr: '', exitCode: 0 });
  t.regex(fs.readFileSync(path.join(dir, 'cluster.yaml'), 'utf8'), /selector:\n    app: web\n/);
});

test('edit falls back to EDITOR; an editor that cannot start is reported', (t) => {
  const dir = workdir();
  t.is(run(['--state', 'cluster.yaml', 'edit', 'svc', 'web', '-n', 'shop'], { cwd: dir, env: { EDITOR: editor } }).stdout, 'service/web edited\n');
  const r = run(['--state', 'cluster.yaml', 'edit', 'svc', 'web', '-n', 'shop'], { cwd: dir, env: { EDITOR: 'kubeprep-no-such-editor --wait' } });
  t.deepEqual(r, { stdout: '', stderr: 'error: unable to launch the editor "kubeprep-no-such-editor --wait"\n', exitCode: 1 });
});

test('the built program runs kubectl: exit codes and stdin pass through', async (t) => {
  const { runCli } = await import('../helpers/run.js');
  t.deepEqual(runCli(['kubectl', 'get', 'svc', '-A', '-o', 'name']), { stdout: 'service/kubernetes\nservice/kube-dns\n', stderr: '', code: 0 });
  t.deepEqual(runCli(['kubectl', 'get', 'svc', 'nope']), { stdout: '', stderr: 'Error from server (NotFound): services "nope" not found\n', code: 1 });
  const dir = workdir();
  const r = runCli(['kubectl', '--state', path.join(dir, 'cluster.yaml'), '--write', 'apply', '-f', '-'], { input: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n' });
  t.deepEqual(r, { stdout: 'namespace/dev created\n', stderr: '', code: 0 });
  t.regex(fs.readFileSync(path.join(dir, 'cluster.yaml'), 'utf8'), /name: dev\n/);
});
