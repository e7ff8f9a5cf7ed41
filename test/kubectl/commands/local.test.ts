// `label`, `annotate` and `set selector` with --local -f: what the real kubectl v1.32 printed
// for the same file (test/kubectl/goldens, recorded by scripts/record-kubectl-goldens.sh).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { runKubectl } from '../../../source/kubectl/session.js';
import { goldenNames, loadGolden } from '../golden.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const readFile = (p: string) => { try { return fs.readFileSync(path.join(dir, p), 'utf8'); } catch { return undefined; } };

for (const name of [...goldenNames('label-'), ...goldenNames('annotate-'), ...goldenNames('set-selector-')]) {
  test(name, (t) => {
    const g = loadGolden(name);
    const r = runKubectl(g.argv, { state: [], now: new Date('2025-01-01T00:00:00Z'), readFile, listDir: () => undefined });
    t.is(r.stdout, g.stdout, 'stdout');
    t.is(r.stderr, g.stderr, 'stderr');
    t.is(r.exitCode, g.exit, 'exit code');
    t.false(r.changed, '--local never writes');
  });
}
