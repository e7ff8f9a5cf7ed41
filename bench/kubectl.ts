// Issues 6 and 7: kubectl emulated against the real client (whole process, ratio of medians),
// kubectl in-process on the 5,000-pod cluster, and proving all built-in content.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { generateCluster } from '../source/sim/generate.js';
import { runKubectl } from '../source/kubectl/session.js';
import { timeCall, timeProcess, type Figure } from './lib.js';

const BIN = fileURLToPath(new URL('../dist/kubeprep.js', import.meta.url));

/** The real kubectl v1.32 if this machine has one: $KUBECTL, else the SDK's kubectl.1.32. */
function realKubectl(): string | undefined {
  if (process.env.KUBECTL && existsSync(process.env.KUBECTL)) return process.env.KUBECTL;
  try {
    const onPath = execFileSync('sh', ['-c', 'readlink -f "$(command -v kubectl)"'], { encoding: 'utf8' }).trim();
    const beside = onPath.replace(/[^/]+$/, 'kubectl.1.32');
    if (onPath && existsSync(beside)) return beside;
  } catch { /* no kubectl */ }
  return undefined;
}

export async function kubectlFigures(): Promise<Figure[]> {
  const args = ['create', 'service', 'nodeport', 'web', '--tcp=80:8080', '--dry-run=client', '-o', 'yaml'];
  const ours = timeProcess(process.execPath, [BIN, 'kubectl', ...args], 15);
  const figures: Figure[] = [{ name: 'kubeprep kubectl create service nodeport ... -o yaml (process)', value: ours, unit: 'ms' }];
  const real = realKubectl();
  if (real) {
    const theirs = timeProcess(real, args, 15, { ...process.env, KUBECONFIG: '/dev/null' });
    figures.push({ name: 'real kubectl v1.32, same arguments (process)', value: theirs, unit: 'ms' });
    figures.push({ name: 'kubeprep kubectl / real kubectl (medians)', value: ours / theirs, unit: 'x', target: 1.5 });
  } else figures.push({ name: 'real kubectl not found (set KUBECTL): ratio skipped', value: 0, unit: 'x' });

  const state = generateCluster({ pods: 5000, services: 1000, namespaces: 50 });
  const env = { state, now: new Date('2026-11-26T12:00:00Z') };
  const first = timeCall(() => runKubectl(['get', 'svc', '-A'], { ...env, state: [...state] }), 3, 0);
  const repeat = timeCall(() => runKubectl(['get', 'svc', '-A'], env), 20);
  figures.push({ name: 'get svc -A on 5,000 pods, state seen before (in-process)', value: repeat, unit: 'ms', target: 20 });
  figures.push({ name: 'get svc -A on 5,000 pods, new state (builds the cluster)', value: first, unit: 'ms' });

  const validate = timeProcess(process.execPath, [BIN, 'content', 'validate'], 3);
  figures.push({ name: 'content validate of all built-in content (process)', value: validate, unit: 'ms', target: 3000 });
  return figures;
}
