import test from 'ava';
import { formatPath, parseObjectPath, valueAt } from '../../source/content/object-path.js';

const svc = { spec: { ports: [{ port: 80, nodePort: 30080 }], selector: { app: 'web' } }, metadata: { labels: { 'app.kubernetes.io/name': 'web' } } };

const cases: Array<[string, unknown, boolean]> = [
  ['spec.ports[0].nodePort', 30080, true],
  ['spec.selector.app', 'web', true],
  ['spec.selector', { app: 'web' }, true],
  ['metadata.labels["app.kubernetes.io/name"]', 'web', true],
  ["metadata.labels['app.kubernetes.io/name']", 'web', true],
  ['spec.ports[1].port', undefined, false],
  ['spec.type', undefined, false],
  ['spec.ports.port', undefined, false],
];
for (const [path, want, found] of cases) {
  test(`valueAt ${path}`, (t) => {
    const p = parseObjectPath(path);
    if (!p.ok) return t.fail(p.error);
    t.deepEqual(valueAt(svc, p.segments), { found, value: want });
  });
}

test('paths that do not parse say where', (t) => {
  for (const bad of ['', 'spec..type', 'spec.', '.spec', 'spec.ports[x]', 'spec.ports[0', 'spec ports']) {
    const p = parseObjectPath(bad);
    t.false(p.ok, bad);
  }
});

test('formatPath writes what parseObjectPath reads', (t) => {
  t.is(formatPath(['metadata', 'labels', 'app.kubernetes.io/name']), 'metadata.labels["app.kubernetes.io/name"]');
  t.is(formatPath(['spec', 'ports', 0, 'port']), 'spec.ports[0].port');
});
