// The program as a script sees it: no terminal, exit codes and one-line messages (DESIGN.md contract).
import test from 'ava';
import { readFileSync, statSync, writeFileSync as writeFile } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './helpers/run.js';
import { tempHome } from './helpers/home.js';
import { commands } from '../source/cli/commands.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

test('--version prints the package version', (t) => {
  const r = runCli(['--version']);
  t.is(r.code, 0);
  t.is(r.stdout, `kubeprep ${pkg.version}\n`);
});

test('--help lists the subcommands and exits 0', (t) => {
  const r = runCli(['--help']);
  t.is(r.code, 0);
  t.regex(r.stdout, /kubeprep sim route -f CLUSTER/);
  t.regex(r.stdout, /kubeprep kubectl/);
});

test('without a terminal and without a subcommand: one clear line, exit 2, no stack trace', (t) => {
  const r = runCli([], { env: { KUBEPREP_HOME: tempHome() } });
  t.is(r.code, 2);
  t.is(r.stdout, '');
  t.is(r.stderr.trim().split('\n').length, 1);
  t.regex(r.stderr, /needs a terminal/);
  t.notRegex(r.stderr, /at .*\.js/);
});

test('a command that is not built yet says so and exits 2', (t) => {
  const unbuilt = commands.find((c) => !c.built && !c.tui);
  if (!unbuilt) { t.pass('every command is built'); return; }
  const r = runCli(unbuilt.name.split(' '));
  t.is(r.code, 2);
  t.regex(r.stderr, new RegExp(`^kubeprep: "${unbuilt.name}" is not built yet \\(tracked as issue ${unbuilt.issue}\\)`));
});

test('an unknown command and a bare group are usage errors', (t) => {
  const unknown = runCli(['frobnicate']);
  t.is(unknown.code, 2);
  t.is(unknown.stderr, 'kubeprep: unknown command "frobnicate" (see kubeprep --help)\n');
  const group = runCli(['sim']);
  t.is(group.code, 2);
  t.regex(group.stderr, /"sim" needs one of: validate, route, dns, ingress, http, status/);
});

test('a bad profile name is refused before anything is written', (t) => {
  const home = tempHome();
  const r = runCli(['--profile', '../x', 'progress'], { env: { KUBEPREP_HOME: home } });
  t.is(r.code, 2);
  t.regex(r.stderr, /profile name "\.\.\/x" is not valid/);
});

test('progress -o json creates the profile file 0600 and reports it', (t) => {
  const home = tempHome();
  const r = runCli(['--profile', 'ana', 'progress', '-o', 'json'], { env: { KUBEPREP_HOME: home } });
  t.is(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  t.is(out.profile, 'ana');
  t.is(out.file, join(home, 'ana.json'));
  t.is(statSync(out.file).mode & 0o777, 0o600);
  t.deepEqual(out.totals, { lessonsRead: 0, scenariosSolved: 0, exams: 0 });
  // the TUI's Progress summary, for scripts: every topic of the built-in content, and the review schedule
  t.deepEqual(out.topics.map((x: { topic: string }) => x.topic), ['services', 'labels', 'ports', 'service-types', 'dns', 'kube-proxy', 'ingress', 'gateway', 'network-policy']);
  t.deepEqual(out.dueForReview, []);
  const human = runCli(['--profile', 'ana', 'progress'], { env: { KUBEPREP_HOME: home } });
  t.regex(human.stdout, /topic\s+lessons read\s+quiz\s+scenarios solved\n\s+services\s+0\/4\s+-\s+0\/\d+/);
});

test('a corrupted progress file is moved aside with a message, not a crash', (t) => {
  const home = tempHome();
  runCli(['--profile', 'ana', 'progress'], { env: { KUBEPREP_HOME: home } });
  const file = join(home, 'ana.json');
  writeFile(file, '{"schemaVersion": 1, "less');
  const r = runCli(['--profile', 'ana', 'progress'], { env: { KUBEPREP_HOME: home } });
  t.is(r.code, 0);
  t.regex(r.stderr, /^kubeprep: progress file .*ana\.json was unreadable \(it is not valid JSON.*\); it was kept as .*ana\.json\.corrupt-/);
  t.regex(r.stdout, /lessons read: +0/);
});


test('a reader that stops early (| head) ends the output quietly: no EPIPE stack trace', async (t) => {
  const { spawn } = await import('node:child_process');
  const { BIN } = await import('./helpers/pty.js');
  // a big answer: every Service of a generated cluster, piped into a reader that closes at once
  const { generateCluster } = await import('../source/sim/generate.js');
  const { stringify } = await import('yaml');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const file = join(mkdtempSync(join(tmpdir(), 'kubeprep-epipe-')), 'big.yaml');
  writeFileSync(file, generateCluster({ pods: 2000, services: 2000, namespaces: 10 }).map((o) => stringify(o)).join('---\n'));
  const child = spawn(process.execPath, [BIN, 'kubectl', '--state', file, 'get', 'svc', '-A'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((r) => child.on('close', r));
  t.notRegex(stderr, /EPIPE|\n\s+at /);
  t.is(code, 0);
});
