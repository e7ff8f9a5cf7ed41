// `kubectl get` against the objects the fake API server served while the real kubectl
// v1.32 was recorded: generic printers (yaml, json, name, jsonpath, custom-columns) in
// full; tables for the client's part (headers, -o wide, -A, --show-labels, -L, kind
// prefixes, blank lines, alignment), the cells coming from our column functions both
// when recording and here (their rules are tested against printers.go in
// test/kubectl/printers/columns.test.ts).
import test from 'ava';
import { parseCommandLine } from '../../../source/kubectl/args.js';
import { runGet } from '../../../source/kubectl/commands/get.js';
import type { KubectlResult } from '../../../source/kubectl/result.js';
import { goldenNames, loadGolden } from '../golden.js';
import { serverObjects, TABLE_NOW } from '../fixtures.js';

const objects = serverObjects();

function matches(labels: Record<string, string> = {}, selector: string): boolean {
  return selector === '' || selector.split(',').every((term) => {
    const [k, v] = term.split('=');
    return labels[k] === v;
  });
}

function kubectl(argv: string[]): KubectlResult {
  const p = parseCommandLine(argv);
  if (!p.ok) return p.result;
  return runGet(p.command, {
    now: TABLE_NOW,
    contextNamespace: 'default',
    list: (type, ns, selector) => objects.filter((o) => o.kind === type.kind && (ns === undefined || o.metadata.namespace === ns) && matches(o.metadata.labels, selector)),
  });
}

for (const name of [...goldenNames('get-'), ...goldenNames('table-')]) {
  test(name, (t) => {
    const g = loadGolden(name);
    const r = kubectl(g.argv);
    t.is(r.stdout, g.stdout, 'stdout');
    t.is(r.stderr, g.stderr, 'stderr');
    t.is(r.exitCode, g.exit, 'exit code');
  });
}
