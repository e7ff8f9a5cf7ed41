// Command and flag parsing against the real kubectl's words (goldens recorded from v1.32).
import test from 'ava';
import { parseCommandLine, dryRunStrategy, flagString, flagStrings, flagBool, flagInt } from '../../source/kubectl/args.js';
import { loadGolden, normalizeKlog } from './golden.js';

// Each of these fails while parsing, before any command runs.
const parseErrors = [
  'command-unknown', 'command-suggest', 'command-suggest-prefix', 'command-suggest-expose', 'command-required-flag',
  'create-deployment-no-image', 'create-deployment-bad-replicas', 'create-service-externalname-missing', 'run-no-image',
  'flag-unknown', 'flag-unknown-shorthand', 'flag-unknown-shorthand-cluster', 'flag-needs-argument', 'flag-needs-argument-long',
  'flag-bool-bad', 'flag-int-bad',
];
for (const name of parseErrors) {
  test(`parse error as kubectl prints it: ${name}`, (t) => {
    const g = loadGolden(name);
    const r = parseCommandLine(g.argv);
    t.false(r.ok);
    if (r.ok) return;
    t.is(r.result.stderr, g.stderr);
    t.is(r.result.stdout, g.stdout);
    t.is(r.result.exitCode, g.exit);
  });
}

test('flags anywhere, in every spelling', (t) => {
  const r = parseCommandLine(['-n', 'shop', 'get', 'svc', '-oyaml', '--selector=app=web', 'web', '-A', '--show-labels']);
  if (!r.ok) return t.fail(r.result.stderr);
  const c = r.command;
  t.deepEqual(c.path, ['get']);
  t.deepEqual(c.args, ['svc', 'web']);
  t.is(flagString(c, 'namespace'), 'shop');
  t.is(flagString(c, 'output'), 'yaml');
  t.is(flagString(c, 'selector'), 'app=web');
  t.true(flagBool(c, 'all-namespaces'));
  t.true(flagBool(c, 'show-labels'));
});

test('-o=json, -o json and --output=jsonpath=... keep the value', (t) => {
  for (const [argv, want] of [[['get', 'po', '-o=json'], 'json'], [['get', 'po', '-o', 'json'], 'json'], [['get', 'po', '--output=jsonpath={.a}'], 'jsonpath={.a}']] as const) {
    const r = parseCommandLine([...argv]);
    if (!r.ok) return t.fail();
    t.is(flagString(r.command, 'output'), want);
  }
});

test('aliases find subcommands; slices split on commas; arrays do not', (t) => {
  const r = parseCommandLine(['create', 'svc', 'clusterip', 'web', '--tcp=80:8080,443:8443', '--tcp', '9090']);
  if (!r.ok) return t.fail();
  t.deepEqual(r.command.path, ['create', 'service', 'clusterip']);
  t.deepEqual(flagStrings(r.command, 'tcp'), ['80:8080', '443:8443', '9090']);
  const i = parseCommandLine(['create', 'ingress', 'x', '--rule=a/b=s:80,tls=c', '--rule', 'd/=e:1']);
  if (!i.ok) return t.fail();
  t.deepEqual(flagStrings(i.command, 'rule'), ['a/b=s:80,tls=c', 'd/=e:1']);
});

test('"--" ends the flags and is remembered (run NAME -- ARGS)', (t) => {
  const r = parseCommandLine(['run', 'tmp', '--image=busybox', '--', 'sh', '-c', 'echo -n hi']);
  if (!r.ok) return t.fail();
  t.deepEqual(r.command.args, ['tmp', 'sh', '-c', 'echo -n hi']);
  t.is(r.command.argsLenAtDash, 1);
});

test('int flags and shorthand values', (t) => {
  const r = parseCommandLine(['create', 'deployment', 'web', '--image', 'nginx', '-r3', '--port=80']);
  if (!r.ok) return t.fail();
  t.is(flagInt(r.command, 'replicas'), 3);
  t.is(flagInt(r.command, 'port'), 80);
});

test('a real kubectl command the emulator does not offer is not "unknown"', (t) => {
  const r = parseCommandLine(['drain', 'node-1']);
  t.false(r.ok);
  if (r.ok) return;
  t.is(r.unsupported, 'drain');
});

test('--help is parsed, not an error', (t) => {
  const r = parseCommandLine(['create', 'deployment', '--help']);
  t.true(r.ok && r.command.help);
});

for (const name of ['flag-dry-run-bare', 'flag-dry-run-true', 'flag-dry-run-bad']) {
  test(`--dry-run values as kubectl reads them: ${name}`, (t) => {
    const g = loadGolden(name);
    const r = parseCommandLine(g.argv);
    if (!r.ok) return t.fail(r.result.stderr);
    const d = dryRunStrategy(r.command, new Date('2025-01-01T00:00:00Z'));
    if ('error' in d) {
      t.is(d.error.stderr, g.stderr);
      t.is(d.error.exitCode, g.exit);
    } else {
      t.is(normalizeKlog(d.warning), normalizeKlog(g.stderr));
      t.is(d.strategy, 'client');
    }
  });
}
