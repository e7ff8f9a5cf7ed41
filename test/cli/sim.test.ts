// `kubeprep sim validate|route|dns`: the JSON shapes and exit codes of DESIGN.md's contract.
import test from 'ava';
import { fileURLToPath } from 'node:url';
import { simCommand } from '../../source/cli/sim.js';
import { runCli } from '../helpers/run.js';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const SHOP = fixture('shop-broken.yaml');
const parse = (r: { stdout: string }) => JSON.parse(r.stdout);

test('sim route -o json: the contract shape, exit 1 when nothing is reached, and the reason names the labels', (t) => {
  const r = simCommand('route', ['-f', SHOP, '--from', 'default/client', '--to', 'web.shop:80', '-o', 'json']);
  t.is(r.exitCode, 1);
  const out = parse(r);
  t.deepEqual(Object.keys(out), ['reachable', 'backends', 'hops', 'reason']);
  t.false(out.reachable);
  t.deepEqual(out.backends, []);
  t.regex(out.reason, /selects app=web-frontend.*pods there have app=web/);
  for (const h of out.hops) { t.deepEqual(Object.keys(h), ['step', 'status', 'detail']); t.true(['ok', 'warn', 'fail'].includes(h.status)); }
});

test('sim route: a name resolved from the pod namespace, backends NS/POD:PORT, exit 0', (t) => {
  const r = simCommand('route', ['-f', SHOP, '--from', 'default/client', '--to', 'api.shop:80', '-o', 'json']);
  t.is(r.exitCode, 1, 'api is rejected by the API server (bad nodePort), so its name does not resolve');
  t.is(parse(r).hops[parse(r).hops.length - 1].status, 'fail');
  const ok = simCommand('route', ['-f', fixture('shop-fixed.yaml'), '--from', 'default/client', '--to', 'web.shop.svc.cluster.local:80', '-o', 'json']);
  t.is(ok.exitCode, 0, ok.stdout + ok.stderr);
  const out = parse(ok);
  t.true(out.reachable);
  t.is(out.backends.length, 2);
  for (const b of out.backends) t.regex(b, /^shop\/web-[a-z0-9]+-[a-z0-9]{5}:8080$/);
});


test('sim route: a --from that names nothing is a usage error (exit 2)', (t) => {
  const r = simCommand('route', ['-f', SHOP, '--from', 'default/ghost', '--to', 'web.shop:80']);
  t.is(r.exitCode, 2);
  t.regex(r.stderr, /^kubeprep: sim route: no pod "ghost" in namespace default/);
});

test('sim validate -o json: field, type and detail as the API server reports them; exit 1', (t) => {
  const r = simCommand('validate', ['-f', SHOP, '-o', 'json']);
  t.is(r.exitCode, 1);
  const out = parse(r);
  t.false(out.valid);
  t.deepEqual(out.errors, [{ object: 'Service/shop/api', field: 'spec.ports[0].nodePort', type: 'Invalid value', detail: 'provided port is not in the valid range. The range of valid ports is 30000-32767' }]);
  t.is(out.hops.length, 1);
});

test('sim validate on a valid file: exit 0', (t) => {
  const r = simCommand('validate', ['-f', fixture('shop-fixed.yaml'), '-o', 'json']);
  t.is(r.exitCode, 0, r.stdout);
  t.deepEqual(parse(r).errors, []);
});

test('sim dns -o json: search path from the client namespace, tried in order', (t) => {
  const r = simCommand('dns', ['-f', SHOP, '--name', 'web.shop', '--from', 'default/client', '-o', 'json']);
  t.is(r.exitCode, 0);
  const out = parse(r);
  t.is(out.rcode, 'NOERROR');
  t.is(out.answers.length, 1);
  t.regex(out.answers[0], /^10\.(9[6-9]|10[0-9]|11[01])\.\d+\.\d+$/, 'a ClusterIP from 10.96.0.0/12');
  t.deepEqual(out.tried, ['web.shop.default.svc.cluster.local', 'web.shop.svc.cluster.local']);
  const nx = simCommand('dns', ['-f', SHOP, '--name', 'nope.shop.svc.cluster.local', '-o', 'json']);
  t.is(nx.exitCode, 1);
  t.is(parse(nx).rcode, 'NXDOMAIN');
});

const usage: Array<[string, string[], RegExp]> = [
  ['no file', ['route', '--from', 'external', '--to', '1.2.3.4:80'], /a cluster file is required/],
  ['missing --to', ['route', '-f', SHOP, '--from', 'external'], /--to is required/],
  ['unknown flag', ['dns', '-f', SHOP, '--name', 'x', '--frob'], /unknown flag: --frob/],
  ['bad output', ['validate', '-f', SHOP, '-o', 'yaml'], /unsupported output "yaml"/],
  ['missing file', ['validate', '-f', '/nonexistent.yaml'], /cannot read \/nonexistent\.yaml: no such file/],
  ['bad dns type', ['dns', '-f', SHOP, '--name', 'x', '--type', 'MX'], /unsupported type "MX"/],
];
for (const [name, args, re] of usage) {
  test(`usage error: ${name} → exit 2 with one line`, (t) => {
    const [sub, ...rest] = args;
    const r = simCommand(sub!, rest);
    t.is(r.exitCode, 2);
    t.regex(r.stderr, re);
    t.is(r.stderr.trim().split('\n').length, 1);
  });
}

test('whole process: broken YAML on stdin is file:line:column, exit 2, no stack trace', (t) => {
  const r = runCli(['sim', 'route', '-f', '-', '--from', 'external', '--to', '1.2.3.4:80'], { input: 'kind: Service\nmetadata:\n  name: [web\n' });
  t.is(r.code, 2);
  t.regex(r.stderr, /^kubeprep: <stdin>:\d+:\d+: /);
  t.notRegex(r.stderr, /\n\s+at /);
});

test('whole process: a kubectl get -A -o yaml dump answers sim route', (t) => {
  const r = runCli(['sim', 'route', '-f', fixture('get-all-A.yaml'), '--from', 'default/client', '--to', 'web.shop:80', '-o', 'json']);
  t.is(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  t.deepEqual(out.backends, ['shop/web-6d4cf56db6-2xk7p:8080', 'shop/web-6d4cf56db6-q9z4m:8080']);
});
