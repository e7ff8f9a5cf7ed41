// `kubeprep sim http` through a Gateway and `kubeprep sim status` (DESIGN.md's contract): the
// JSON shape and exit codes.
import test from 'ava';
import { fileURLToPath } from 'node:url';
import { simCommand } from '../../source/cli/sim.js';

const FILE = fileURLToPath(new URL('fixtures/gateway.yaml', import.meta.url));
const run = (sub: string, ...args: string[]) => { const r = simCommand(sub, ['-f', FILE, ...args, '-o', 'json']); return { code: r.exitCode, out: r.stdout ? JSON.parse(r.stdout) : null, raw: r }; };

test('sim http through a Gateway: weighted backends, the heaviest as backend, exit 0', (t) => {
  const { code, out } = run('http', '--url', 'http://172.18.0.200/store/1', '-H', 'Host:shop.example.com');
  t.is(code, 0);
  t.deepEqual(Object.keys(out), ['backend', 'backends', 'route', 'hops', 'status', 'pods']);
  t.is(out.backend, 'shop/store:8080');
  t.deepEqual(out.backends, [{ ref: 'shop/store:8080', weight: 90 }]); // store2 does not exist: its share gets 500
  t.is(out.route, 'shop/store');
});

test('sim http through a Gateway: a redirect answers {status, location}, exit 1; no rule 404', (t) => {
  const r = run('http', '--url', 'http://172.18.0.200/old', '-H', 'Host:shop.example.com');
  t.is(r.code, 1);
  t.deepEqual(r.out.redirect, { status: 301, location: 'http://shop.example.com/new' });
  const miss = run('http', '--url', 'http://172.18.0.200/nothing', '-H', 'Host:shop.example.com');
  t.is(miss.out.status, 404);
  t.is(miss.code, 1);
});

test('sim status: exit 1 with a False condition, 2 for no such object', (t) => {
  const r = run('status', '--object', 'HTTPRoute/shop/store');
  t.is(r.code, 1);
  t.is(r.out.parents[0].parentRef, 'shop/shop-gw');
  t.deepEqual(r.out.parents[0].conditions.map((c: { reason: string }) => c.reason), ['Accepted', 'BackendNotFound']);
  t.is(run('status', '--object', 'Gateway/shop/shop-gw').code, 0);
  const none = simCommand('status', ['-f', FILE, '--object', 'HTTPRoute/shop/nope']);
  t.is(none.exitCode, 2);
  t.regex(none.stderr, /no HTTPRoute shop\/nope/);
  t.is(simCommand('status', ['-f', FILE]).exitCode, 2);
});
