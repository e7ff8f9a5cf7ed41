// Print the simulated API server's view of a state file (the objects as stored, plus what the
// controllers derived) as multi-document YAML, for scripts/kubectl-fake-apiserver.ts to serve
// while scripts/record-kubectl-cluster-goldens.sh records the real kubectl.
//
//   node --import tsx scripts/dump-kubectl-view.ts STATE.yaml NOW > view.yaml
import fs from 'node:fs';
import { stringify } from 'yaml';
import { parseManifests } from '../source/sim/loader.js';
import { viewOf } from '../source/kubectl/api/view.js';

const [file, now] = process.argv.slice(2);
const parsed = parseManifests(fs.readFileSync(file, 'utf8'), file);
if (!parsed.ok) throw new Error(parsed.error.message);
const view = viewOf(parsed.objects, { now: new Date(now) });
const all = [...view.cluster.objects, ...view.cluster.derived];
process.stdout.write(all.map((o) => stringify(o)).join('---\n'));
