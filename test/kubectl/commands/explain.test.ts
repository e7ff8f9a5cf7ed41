// `kubectl explain` against the real kubectl v1.32 rendering the same schema table (served
// by scripts/kubectl-fake-apiserver.ts at /openapi/v3): layout, wrapping, types and enums.
import test from 'ava';
import { runKubectl } from '../../../source/kubectl/session.js';
import { wrapString } from '../../../source/kubectl/explain/render.js';
import { goldenNames, loadGolden } from '../golden.js';
import { CLUSTER_NOW } from '../fixtures.js';

for (const name of goldenNames('explain-')) {
  test(name, (t) => {
    const g = loadGolden(name);
    const r = runKubectl(g.argv, { state: [], now: CLUSTER_NOW });
    t.is(r.stdout, g.stdout, 'stdout');
    t.is(r.stderr, g.stderr, 'stderr');
    t.is(r.exitCode, g.exit, 'exit code');
  });
}

// go-wordwrap's own cases (wordwrap_test.go)
const wraps: Array<[string, number, string]> = [
  ['', 0, ''],
  ['foo', 0, 'foo'],
  ['foobarbaz', 3, 'foobarbaz'],
  ['foo bar baz', 3, 'foo\nbar\nbaz'],
  ['foo bar baz', 4, 'foo\nbar\nbaz'],
  ['foo bar baz', 7, 'foo bar\nbaz'],
  ['foo bar  baz', 7, 'foo bar\nbaz'],
  ['foo\nb ar baz', 7, 'foo\nb ar\nbaz'],
  ['foo bar baz   ', 11, 'foo bar baz'],
];
wraps.forEach(([input, limit, want], i) => test(`wrapString case ${i}: ${JSON.stringify(input)}, ${limit}`, (t) => t.is(wrapString(input, limit), want)));
