// create/run/expose with --dry-run=client, byte for byte against the real kubectl v1.32
// (test/kubectl/goldens, recorded by scripts/record-kubectl-goldens.sh).
import test from 'ava';
import { parseCommandLine } from '../../../source/kubectl/args.js';
import { runGenerateCommand } from '../../../source/kubectl/commands/generate.js';
import type { KubectlResult } from '../../../source/kubectl/result.js';
import { goldenNames, loadGolden, normalizeKlog } from '../golden.js';
import { readFixture, serverObjects } from '../fixtures.js';

const objects = serverObjects();

function kubectl(argv: string[]): KubectlResult {
  const p = parseCommandLine(argv);
  if (!p.ok) return p.result;
  const outcome = runGenerateCommand(p.command, {
    now: new Date('2025-01-01T00:00:00Z'),
    contextNamespace: 'default',
    lookup: (type, name, ns) => objects.find((o) => o.kind === type.kind && o.metadata.name === name && (!type.namespaced || o.metadata.namespace === ns)),
    readFiles: (files) => files.flatMap((f) => readFixture(f)),
  });
  if (outcome.kind !== 'done') throw new Error(`expected a dry run: ${argv.join(' ')}`);
  return outcome.result;
}

const names = [
  ...goldenNames('create-'),
  ...goldenNames('run-'), ...goldenNames('expose-'), ...goldenNames('output-'),
  'flag-dry-run-bare', 'flag-dry-run-true', 'flag-dry-run-bad',
];

for (const name of names) {
  test(name, (t) => {
    const g = loadGolden(name);
    const r = kubectl(g.argv);
    t.is(r.stdout, g.stdout, 'stdout');
    t.is(normalizeKlog(r.stderr), normalizeKlog(g.stderr), 'stderr');
    t.is(r.exitCode, g.exit, 'exit code');
  });
}
