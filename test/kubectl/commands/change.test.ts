// Commands that change the cluster, against the real kubectl v1.32 talking to a fake API server
// that holds the simulator's view of fixtures/cluster-state.yaml and applies the changes
// (scripts/record-kubectl-cluster-goldens.sh). What is compared is the client's part: the
// lines it prints, its errors and exit codes, and for `kubectl edit` the buffers it hands the
// editor (NAME.editor-N.txt).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { runKubectl } from '../../../source/kubectl/session.js';
import { goldenNames, loadGolden } from '../golden.js';
import { CLUSTER_NOW, clusterState } from '../fixtures.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const files = path.join(here, '..', 'fixtures', 'cluster-files');
const goldens = path.join(here, '..', 'goldens');
const readFile = (p: string) => { try { return fs.readFileSync(path.join(files, p), 'utf8'); } catch { return undefined; } };
const listDir = (p: string) => { try { const d = path.join(files, p); return fs.statSync(d).isDirectory() ? fs.readdirSync(d) : undefined; } catch { return undefined; } };

// The editor's plan per recording, as record-kubectl-cluster-goldens.sh gives it: for each
// opening, [FROM, TO] to replace or null to save unchanged.
const PLANS: Record<string, Array<[string, string] | null>> = {
  'change-edit-unchanged': [null],
  'change-edit': [['app: web\n  sessionAffinity', 'app: api\n  sessionAffinity']],
  'change-edit-invalid': [['port: 80\n', 'port: 0\n'], null],
  'change-edit-invalid-fixed': [['port: 80\n', 'port: 0\n'], ['port: 0\n', 'port: 81\n']],
  'change-edit-name': [['name: web\n  namespace', 'name: web2\n  namespace']],
  'change-edit-no-api-version': [['apiVersion', '#apiVersion'], null],
  'change-edit-syntax': [['selector:\n', 'selector: [\n'], null],
};

const tmpFile = (s: string) => s.replace(/\/tmp\/kubectl-edit-\d+\.yaml/g, '/tmp/kubectl-edit-N.yaml');
/** go-yaml and the yaml package word (and place) syntax errors differently: compare the shape. */
const yamlError = (s: string) => s.replace(/yaml: line \d+:.*$/gm, 'yaml: line N: …');

for (const name of goldenNames('change-').filter((n) => !n.includes('.editor-'))) {
  test(name, (t) => {
    const g = loadGolden(name);
    const buffers: string[] = [];
    const plan = PLANS[name];
    const r = runKubectl(g.argv, {
      state: clusterState(), now: CLUSTER_NOW, readFile, listDir,
      editor: plan ? (text, { attempt }) => { buffers.push(text); const step = plan[attempt - 1]; return step ? text.replace(step[0], step[1]) : text; } : undefined,
    });
    t.is(r.stdout, g.stdout, 'stdout');
    t.is(yamlError(tmpFile(r.stderr)), yamlError(tmpFile(g.stderr)), 'stderr');
    t.is(r.exitCode, g.exit, 'exit code');
    buffers.forEach((b, i) => {
      const want = fs.readFileSync(path.join(goldens, `${name}.editor-${i + 1}.txt`), 'utf8');
      t.is(yamlError(b), yamlError(want), `editor buffer ${i + 1}`);
    });
  });
}
