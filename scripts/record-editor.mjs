// The editor scripts/record-kubectl-cluster-goldens.sh gives `kubectl edit`: it keeps each
// buffer it is handed (KUBEPREP_EDIT_LOG/buffer-N.txt) and changes it as KUBEPREP_EDIT_PLAN
// says: a JSON list, one entry per opening, [FROM, TO] to replace text or null to save as is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = process.argv[process.argv.length - 1];
const log = process.env.KUBEPREP_EDIT_LOG;
const plan = JSON.parse(process.env.KUBEPREP_EDIT_PLAN ?? '[]');
let n = 1;
while (log && existsSync(join(log, `buffer-${n}.txt`))) n++;
const text = readFileSync(file, 'utf8');
if (log) writeFileSync(join(log, `buffer-${n}.txt`), text);
const step = plan[n - 1];
writeFileSync(file, step ? text.replace(step[0], step[1]) : text);
