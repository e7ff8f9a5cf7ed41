import test from 'ava';
import { parseManifests } from '../../source/sim/loader.js';
import { buildCluster } from '../../source/sim/cluster.js';
import { route } from '../../source/sim/route.js';
import { confirmAction, freshWorkspace, runLine } from '../../source/workspace/shell.js';
import type { WorkspaceDeps, WorkspaceScenario } from '../../source/workspace/types.js';
import type { KObject } from '../../source/sim/types.js';

const SETUP = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 8080}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web-frontend}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: default}
spec: {containers: [{name: c, image: busybox}]}
`;
const parsed = parseManifests(SETUP, 'setup.yaml');
if (!parsed.ok) throw new Error('fixture');
const scenario: WorkspaceScenario = {
  id: 'svc-selector-typo', task: 'fix it', hints: ['look at the selector', 'get ep', 'set selector app=web'], explain: 'x',
  setup: parsed.objects, kubeadm: false,
  solution: [{ kind: 'command', line: 'kubectl -n shop set selector service web app=web', words: [], where: { file: '', line: 1, col: 1, path: '' } }],
};
// A grader as source/grading provides it: here one reach check.
const grade = (objects: KObject[]) => {
  const r = route(buildCluster(objects), { from: 'default/client', to: 'web.shop:80' });
  return [{ name: 'web.shop:80 reaches the web pods', pass: r.reachable, guard: false, detail: r.reason, hops: r.hops }];
};
const deps: WorkspaceDeps = { now: () => new Date('2026-11-26T10:00:00Z'), grade };
const start = () => freshWorkspace(scenario, deps.now());

test('kubectl and k run against the scenario cluster; a fix changes the grade', (t) => {
  let r = runLine('k get svc -n shop', start(), scenario, deps);
  t.regex(r.output, /^NAME\s+TYPE\s+CLUSTER-IP/);
  t.false(grade(r.ws.objects)[0]!.pass);
  r = runLine('kubectl -n shop set selector service web app=web', r.ws, scenario, deps);
  t.is(r.output, 'service/web selector updated\n');
  t.true(grade(r.ws.objects)[0]!.pass);
  t.deepEqual(r.ws.history, ['k get svc -n shop', 'kubectl -n shop set selector service web app=web']);
  t.true(r.ws.log.includes('$ kubectl -n shop set selector service web app=web'));
});

test('a refused command leaves the cluster as it was', (t) => {
  const ws = start();
  const r = runLine(`kubectl -n shop patch svc web -p '{"spec":{"ports":[{"port":0,"targetPort":8080}]}}'`, ws, scenario, deps);
  t.regex(r.output, /is invalid/);
  t.is(r.ws.objects, ws.objects);
});

test('pipes into grep/head/wc and > FILE into the working folder, then apply -f', (t) => {
  let r = runLine('kubectl -n shop get svc web -o yaml > svc.yaml', start(), scenario, deps);
  t.is(r.output, '');
  t.regex(r.ws.files['svc.yaml']!, /app: web-frontend/);
  r = runLine('cat svc.yaml | grep -c app:', r.ws, scenario, deps);
  t.is(r.output, '1\n');
  r = runLine('ls', r.ws, scenario, deps);
  t.is(r.output, 'svc.yaml\n');
  const edited = { ...r.ws, files: { 'svc.yaml': r.ws.files['svc.yaml']!.replace('app: web-frontend', 'app: web') } };
  r = runLine('kubectl apply -f svc.yaml', edited, scenario, deps);
  t.regex(r.output, /service\/web configured/);
  t.true(grade(r.ws.objects)[0]!.pass);
});

test('the editor command edits a file through the injected editor', (t) => {
  const r = runLine('vim np.yaml', start(), scenario, { ...deps, editFile: (_n, text) => ({ text: text + 'kind: NetworkPolicy\n' }) });
  t.is(r.ws.files['np.yaml'], 'kind: NetworkPolicy\n');
  t.regex(r.output, /"np.yaml" 1L, 20B written/);
});

test('hints come one at a time, stronger each time, and are counted', (t) => {
  let r = runLine('hint', start(), scenario, deps);
  t.is(r.output, 'Hint 1/3: look at the selector\n');
  r = runLine('hint', r.ws, scenario, deps);
  r = runLine('hint', r.ws, scenario, deps);
  t.is(r.ws.hintsUsed, 3);
  r = runLine('hint', r.ws, scenario, deps);
  t.regex(r.output, /No more hints/);
});

test('trace explains the first failing check hop by hop', (t) => {
  const r = runLine('trace', start(), scenario, deps);
  t.regex(r.output, /✗ web.shop:80 reaches the web pods/);
  t.regex(r.output, /selects app=web-frontend/);
});

test('reset and solution ask first; solution marks the attempt assisted', (t) => {
  let r = runLine('kubectl -n shop delete svc web', start(), scenario, deps);
  r = runLine('reset', r.ws, scenario, deps);
  t.is(r.confirm, 'reset');
  const back = confirmAction('reset', r.ws, scenario, deps);
  t.deepEqual(back.ws.objects, scenario.setup);
  t.true(back.ws.history.length > 0, 'history is kept');
  const s = confirmAction('solution', back.ws, scenario, deps);
  t.true(s.ws.assisted);
  t.regex(s.output, /\$ kubectl -n shop set selector service web app=web/);
});

test('aliases, unknown commands and shell errors are one clear line', (t) => {
  let r = runLine("alias kn='kubectl -n shop'", start(), scenario, deps);
  r = runLine('kn get svc', r.ws, scenario, deps);
  t.regex(r.output, /^NAME/);
  t.is(runLine('frob', r.ws, scenario, deps).output, 'frob: command not found here (type "help" for what works)\n');
  t.is(runLine("kubectl -n shop get svc | sort", r.ws, scenario, deps).output, "sort: only grep, head, tail and wc -l can follow a | here\n");
  t.is(runLine("kubectl get 'svc", r.ws, scenario, deps).output, 'sh: unterminated single quote\n');
});

test('grep context flags, attached or not, with -- between groups; task is reflowed', async (t) => {
  const { applyFilter } = await import('../../source/workspace/filters.js');
  const text = 'a\nhit1\nb\nc\nd\nhit2\ne\n';
  t.deepEqual(applyFilter(['grep', '-A1', 'hit'], text), { ok: true, text: 'hit1\nb\n--\nhit2\ne\n' });
  t.deepEqual(applyFilter(['grep', '-B', '1', 'hit2'], text), { ok: true, text: 'd\nhit2\n' });
  t.deepEqual(applyFilter(['grep', '-C1', 'hit1'], text), { ok: true, text: 'a\nhit1\nb\n' });
  const r = runLine('task', start(), { ...scenario, task: 'In namespace shop\nfix it.\n' }, deps);
  t.is(r.output, 'In namespace shop fix it.\n');
});
