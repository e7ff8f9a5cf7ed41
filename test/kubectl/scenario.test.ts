// A learner fixes a broken Service (a selector typo) with the commands the exam expects:
// get and describe show no endpoints, an invalid edit is refused and leaves the cluster as
// it was, a good edit (or patch, or set selector) fixes it, and the simulator's route then
// reaches the Deployment's pods.
import test from 'ava';
import type { KObject } from '../../source/sim/types.js';
import { runKubectl, type KubectlEnv } from '../../source/kubectl/session.js';
import { viewOf } from '../../source/kubectl/api/view.js';
import { route } from '../../source/sim/route.js';
import { readFixture } from './fixtures.js';

const NOW = new Date('2025-03-01T10:00:00Z');

function session(editor?: KubectlEnv['editor']) {
  let state: KObject[] = readFixture('broken-service.yaml');
  let minute = 0;
  return {
    run(...words: string[]) {
      const r = runKubectl(words, { state, now: new Date(NOW.getTime() + 60_000 * minute++), editor });
      state = r.state;
      return r;
    },
    get state() { return state; },
    reach(): string[] {
      const cluster = viewOf(state, { now: NOW }).cluster;
      return route(cluster, { from: 'shop/client', to: 'web.shop:80' }).backends;
    },
  };
}

test('get and describe show the Service has no endpoints', (t) => {
  const s = session();
  t.is(s.run('get', 'endpoints', 'web', '-n', 'shop').stdout, 'NAME   ENDPOINTS   AGE\nweb    <none>      0s\n');
  const d = s.run('describe', 'svc', 'web', '-n', 'shop').stdout;
  t.regex(d, /^Selector: +app=wbe$/m);
  // the EndpointSlice controller's placeholder slice (no ports, no endpoints) prints as nothing
  t.regex(d, /^Endpoints: +$/m);
  t.deepEqual(s.reach(), []);
  const wget = s.run('exec', 'client', '-n', 'shop', '--', 'wget', '-qO-', '-T', '2', 'http://web');
  t.is(wget.exitCode, 1);
  t.regex(wget.stderr, /^wget: can't connect to remote host \(10\.\d+\.\d+\.\d+\): Connection refused\ncommand terminated with exit code 1\n$/);
});

test('an invalid edit is refused, reopened with the reason, and leaves the state unchanged', (t) => {
  const buffers: string[] = [];
  const s = session((text, { attempt }) => {
    buffers.push(text);
    return attempt === 1 ? text.replace('app: wbe', 'app: web').replace(/port: 80\n/, 'port: 0\n') : text;
  });
  const before = s.state;
  const r = s.run('edit', 'svc', 'web', '-n', 'shop');
  t.is(r.exitCode, 1);
  t.false(r.changed);
  t.is(r.state, before);
  t.regex(r.stderr, /^error: services "web" is invalid\nA copy of your changes has been stored to "[^"]+"\nerror: Edit cancelled, no valid changes were saved\.\n$/);
  t.true(buffers[1].startsWith("# Please edit the object below. Lines beginning with a '#' will be ignored,\n"));
  t.true(buffers[1].includes('#\n# services "web" was not valid:\n# * spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive\n#\n'));
  t.deepEqual(s.reach(), []);
});

test('an unchanged edit is cancelled', (t) => {
  const s = session((text) => text);
  const r = s.run('edit', 'svc', 'web', '-n', 'shop');
  t.deepEqual([r.stdout, r.stderr, r.exitCode, r.changed], ['', 'Edit cancelled, no changes made.\n', 0, false]);
});

for (const [name, words] of [
  ['edit', ['edit', 'svc', 'web', '-n', 'shop']],
  ['patch', ['patch', 'svc', 'web', '-n', 'shop', '-p', '{"spec":{"selector":{"app":"web"}}}']],
  ['merge patch', ['patch', 'svc', 'web', '-n', 'shop', '--type=merge', '-p', '{"spec":{"selector":{"app":"web"}}}']],
  ['json patch', ['patch', 'svc', 'web', '-n', 'shop', '--type=json', '-p', '[{"op":"replace","path":"/spec/selector/app","value":"web"}]']],
  ['set selector', ['set', 'selector', 'svc', 'web', 'app=web', '-n', 'shop']],
] as const) {
  test(`fixed with ${name}: the route reaches the Deployment's pods`, (t) => {
    const s = session((text) => text.replace('app: wbe', 'app: web'));
    const r = s.run(...words);
    t.is(r.exitCode, 0, r.stderr);
    t.true(r.changed);
    t.regex(r.stdout, /^service\/web (edited|patched|selector updated)\n$/);
    const backends = s.reach();
    t.is(backends.length, 2);
    for (const b of backends) t.regex(b, /^shop\/web-[a-z0-9]+-[a-z0-9]{5}:80$/);
    t.regex(s.run('get', 'ep', 'web', '-n', 'shop').stdout, /^web +10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80 /m);
    const wget = s.run('exec', 'client', '-n', 'shop', '--', 'wget', '-qO-', 'http://web');
    t.is(wget.exitCode, 0);
    t.true(wget.stdout.includes('<title>Welcome to nginx!</title>'));
  });
}

test('the ClusterIP allocated on the first command stays the same after the fix', (t) => {
  const s = session((text) => text.replace('app: wbe', 'app: web'));
  const ip = s.run('get', 'svc', 'web', '-n', 'shop', '-o', 'jsonpath={.spec.clusterIP}').stdout;
  s.run('edit', 'svc', 'web', '-n', 'shop');
  s.run('label', 'svc', 'web', '-n', 'shop', 'fixed=yes');
  t.is(s.run('get', 'svc', 'web', '-n', 'shop', '-o', 'jsonpath={.spec.clusterIP}').stdout, ip);
  const uid = s.run('get', 'svc', 'web', '-n', 'shop', '-o', 'jsonpath={.metadata.uid}').stdout;
  t.regex(uid, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
});
