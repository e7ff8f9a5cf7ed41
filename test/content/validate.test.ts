// What `content validate` proves beyond the schema: a task fails as set up and passes after
// its own solution, guards hold, what checks name exists, the API server accepts the setup.
import test from 'ava';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../source/content/loader.js';
import { formatProblem } from '../../source/content/types.js';
import { proveContent } from '../../source/content/validate.js';
import { emulatedKubectl } from '../../source/grading/kubectl-runner.js';
import type { KubectlRunner } from '../../source/grading/solution.js';

const dir = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

test('good content proves itself with the kubectl emulator: lesson command question, scenario, pack task (kubeadm, a file and k)', (t) => {
  const set = loadContent([dir('good')]);
  t.deepEqual(proveContent(set, { kubectl: emulatedKubectl }).map(formatProblem), []);
});

const prove = loadContent([dir('prove')]);
const problems = proveContent(prove, { kubectl: emulatedKubectl }).map(formatProblem).map((p) => p.replace('test/content/fixtures/prove/', ''));

test('the prove fixtures pass the schema: what fails is only what the proof finds', (t) => {
  t.deepEqual(prove.problems, []);
  t.is(prove.scenarios.length, 6);
});

const cases: Array<[string, RegExp]> = [
  ['a check that passes as set up', /^passes-as-set-up\.yaml:37:5 checks\[1\]: passes as set up \(a check must fail until the task is done\): Service shop\/web spec\.ports\[0\]\.port is 80$/],
  ['a check the solution does not make pass, with the reason', /^fails-after\.yaml:36:5 checks\[0\]: fails after the solution: web\.shop:80 from default\/client is not reachable: the Service selects app=web-frontend/],
  ['a solution line kubectl refuses, with its error', /^solution-fails\.yaml:38:5 solution\[0\]: the solution fails here \(exit 1\): Error from server \(NotFound\): services "nosuch" not found$/],
  ['a namespace typo', /^reference-typo\.yaml:36:5 checks\[0\]\.reach\.pods\.namespace: there is no namespace shopp in the setup or after the solution$/],
  ['a label typo', /^reference-typo\.yaml:37:5 checks\[1\]\.reach\.pods\.selector: no pod in namespace shop is labelled app=wbe in the setup or after the solution$/],
  ['a pod typo', /^reference-typo\.yaml:38:5 checks\[2\]\.deny\.from: there is no pod default\/cleint in the setup or after the solution$/],
  ['an object typo', /^reference-typo\.yaml:39:5 checks\[3\]\.object\.ref: Service\/shop\/wbe is not in the setup or after the solution$/],
  ['a guard on something not set up', /^reference-typo\.yaml:40:5 checks\[4\]\.unchanged: Deployment\/shop\/api is not in the setup/],
  ['a solution that breaks a guard, with what changed', /^guard-broken\.yaml:37:5 checks\[1\]: the solution breaks this guard: Deployment shop\/web was changed: spec\.replicas was 2, now 3/],
  ['a setup the API server refuses, with its message', /^setup-rejected\.yaml:9:8 setup: the API server refuses Service\/default\/web: The Service "web" is invalid: spec\.ports\[0\]\.nodePort: Invalid value: 80: provided port is not in the valid range/],
  ['only guards', /^setup-rejected\.yaml:18:5 checks: every check is a guard \(unchanged\)/],
];
for (const [name, want] of cases) {
  test(`proof: ${name}`, (t) => {
    t.true(problems.some((p) => want.test(p)), problems.join('\n'));
  });
}

test('proof: nothing else is reported (one problem per fault)', (t) => {
  t.is(problems.length, cases.length, problems.join('\n'));
});

test('the proof runs on any kubectl: a stub that only knows one command', (t) => {
  const calls: string[][] = [];
  const stub: KubectlRunner = (words, env) => {
    calls.push(words);
    if (words.join(' ') !== '-n shop set selector service web app=web') return { stdout: '', stderr: 'error: unknown\n', exitCode: 1, state: env.state };
    const state = env.state.map((o) => (o.kind === 'Service' && o.metadata.name === 'web' ? { ...o, spec: { ...(o.spec as object), selector: { app: 'web' } } } : o));
    return { stdout: 'service/web selector updated\n', stderr: '', exitCode: 0, state };
  };
  const set = loadContent([`${dir('good')}/scenario.yaml`]);
  t.deepEqual(proveContent(set, { kubectl: stub }), []);
  t.deepEqual(calls, [['-n', 'shop', 'set', 'selector', 'service', 'web', 'app=web']]);
});
