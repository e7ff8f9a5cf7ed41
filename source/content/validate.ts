// What `content validate` proves beyond the schema (STYLE.md §6: a scenario proves itself):
// the setup is a cluster the API server accepts; what the checks name exists; every check but
// the guards fails as set up and passes after the task's own solution; the guards hold both
// times. The same for every command question of a lesson.
import { buildCluster, findObject, type Cluster } from '../sim/cluster.js';
import { matchesSelector, parseSelector } from '../sim/selectors.js';
import { evaluateChecks, type CheckResult } from '../grading/checks.js';
import { setupCluster } from '../grading/grade.js';
import { applySolution, type KubectlRunner } from '../grading/solution.js';
import { isGuard, type Check, type ContentSet, type Problem, type Task, type Where } from './types.js';

export interface ProveOptions { kubectl: KubectlRunner }

export function proveContent(set: Pick<ContentSet, 'lessons' | 'scenarios'>, opts: ProveOptions): Problem[] {
  const problems: Problem[] = [];
  for (const s of set.scenarios) problems.push(...proveTask(s, opts));
  for (const l of set.lessons)
    for (const q of l.quiz) if (q.kind === 'command') problems.push(...proveTask(q, opts));
  return problems;
}

const at = (where: Where, message: string, sub = ''): Problem => ({ ...where, path: sub ? `${where.path}.${sub}` : where.path, message });

export function proveTask(task: Task, opts: ProveOptions): Problem[] {
  const problems: Problem[] = [];
  const setup = setupCluster(task);
  for (const rej of setup.rejected) problems.push(at(task.setup.where, `the API server refuses ${rej.ref}: ${rej.message}`));
  if (!task.checks.some((c) => !isGuard(c)))
    problems.push(at({ ...task.checks[0]!.where, path: task.checks[0]!.where.path.replace(/\[0\]$/, '') }, 'every check is a guard (unchanged); add one that the task\'s work makes pass'));

  const before = evaluateChecks(task.checks, { cluster: setup, setup });
  const run = applySolution(task.setup.objects, task.solution, { kubectl: opts.kubectl, kubeadm: task.kubeadm });
  if (run.failedLine !== undefined) {
    const t = run.transcript[run.failedLine]!;
    const said = (t.stderr || t.stdout).trim().split('\n')[0] ?? '';
    problems.push(at(task.solution[run.failedLine]!.where, `the solution fails here (exit ${t.exitCode}): ${said}`));
  }
  const after = buildCluster(run.state, { kubeadm: task.kubeadm });
  const afterResults = evaluateChecks(task.checks, { cluster: after, setup });
  const solved = run.failedLine === undefined;

  task.checks.forEach((check, i) => {
    const missing = missingReference(check, setup, after);
    if (missing) { problems.push(at(check.where, missing.message, `${check.kind}${missing.field ? '.' + missing.field : ''}`)); return; }
    const b = before[i]!, a = afterResults[i]!;
    if (isGuard(check)) {
      if (!b.pass) problems.push(at(check.where, `this guard fails as set up: ${b.detail}`));
      else if (solved && !a.pass) problems.push(at(check.where, `the solution breaks this guard: ${a.detail}`));
      return;
    }
    if (b.pass) problems.push(at(check.where, `passes as set up (a check must fail until the task is done): ${b.detail}`));
    if (solved && !a.pass) problems.push(at(check.where, `fails after the solution: ${failure(a)}`));
  });
  return problems;
}

function failure(r: CheckResult): string {
  const hop = r.hops.find((h) => h.status === 'fail');
  return hop && !r.detail.includes(hop.detail) ? `${r.detail} [${hop.step}: ${hop.detail}]` : r.detail;
}

/**
 * Something a check names that exists neither in the setup nor after the solution (a typo in
 * a namespace, a pod, a label or a ref). A guard's object must be in the setup itself.
 */
function missingReference(c: Check, setup: Cluster, after: Cluster): { field: string; message: string } | undefined {
  const inEither = (f: (cl: Cluster) => boolean) => f(setup) || f(after);
  const where = 'in the setup or after the solution';
  if (c.kind === 'unchanged') return findObject(setup, c.ref) ? undefined : { field: '', message: `${c.ref} is not in the setup, so there is nothing to keep unchanged` };
  if (c.kind === 'object') return inEither((cl) => !!findObject(cl, c.ref)) ? undefined : { field: 'ref', message: `${c.ref} is not ${where}` };
  if ((c.kind === 'reach' || c.kind === 'deny' || c.kind === 'http') && c.from && c.from !== 'external') {
    if (c.from.startsWith('node/')) {
      const name = c.from.slice(5);
      if (!inEither((cl) => cl.index.nodes.has(name))) return { field: 'from', message: `there is no node ${name} ${where} (nodes: ${[...setup.index.nodes.keys()].join(', ')})` };
    } else if (!inEither((cl) => cl.index.pods.has(c.from!))) return { field: 'from', message: `there is no pod ${c.from} ${where}` };
  }
  const pods = c.kind === 'reach' ? c.pods : c.kind === 'http' ? c.pods : undefined;
  if (pods) {
    if (!inEither((cl) => cl.index.namespaces.has(pods.namespace))) return { field: 'pods.namespace', message: `there is no namespace ${pods.namespace} ${where}` };
    const sel = parseSelector(pods.selector);
    const matches = (cl: Cluster) => sel.ok && (cl.index.podsByNamespace.get(pods.namespace) ?? []).some((p) => matchesSelector(p.metadata.labels, sel.selector));
    if (!inEither(matches)) return { field: 'pods.selector', message: `no pod in namespace ${pods.namespace} is labelled ${pods.selector} ${where}` };
  }
  if (c.kind === 'http' && c.backend) {
    const svc = c.backend.replace(/:[^:]*$/, '');
    if (!inEither((cl) => cl.index.services.has(svc))) return { field: 'backend', message: `there is no Service ${svc} ${where}` };
  }
  return undefined;
}
