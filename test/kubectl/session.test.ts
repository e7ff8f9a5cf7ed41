// runKubectl over fixtures/cluster-state.yaml, one command at a time, as a table: what kubectl
// prints (stdout, stderr, exit code) and whether the cluster changed. Each case starts from
// the same state; `before` runs commands first.
import test from 'ava';
import type { KObject } from '../../source/sim/types.js';
import { runKubectl, type KubectlEnv } from '../../source/kubectl/session.js';
import { CLUSTER_NOW, clusterState } from './fixtures.js';

interface Case {
  name: string;
  before?: string[][];
  words: string[];
  stdout?: string | RegExp;
  stderr?: string | RegExp;
  exit?: number;
  changed?: boolean;
  files?: Record<string, string>;
  stdin?: string;
}

const SVC_YAML = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api2\n  namespace: shop\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 8080\n    targetPort: 80\n';
const BAD_YAML = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: bad\nspec:\n  ports:\n  - port: 0\n';

const cases: Case[] = [
  // get
  { name: 'get svc', words: ['get', 'svc', '-n', 'shop'], stdout: /^NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE\napi +NodePort +10\.\d+\.\d+\.\d+ +<none> +8080:30080\/TCP +2d4h\n/ },
  { name: 'get pods -l', words: ['get', 'pods', '-n', 'shop', '-l', 'app=web', '-o', 'name'], stdout: /^pod\/web-\w+-\w+\npod\/web-\w+-\w+\n$/ },
  { name: 'get --field-selector status.phase', words: ['get', 'pods', '-A', '--field-selector', 'status.phase=Running', '-o', 'name'], stdout: /^pod\/client\npod\/web-/ },
  { name: 'get --field-selector on an unsupported field', words: ['get', 'svc', '--field-selector', 'spec.ports=80'], exit: 1,
    stderr: 'Error from server (BadRequest): Unable to find "/v1, Resource=services" that match label selector "", field selector "spec.ports=80": field label not supported: spec.ports\n' },
  { name: 'get -w is refused', words: ['get', 'pods', '-w'], exit: 1, stderr: "error: --watch (-w) is not available in kubeprep's kubectl emulator\n" },
  { name: 'get a name across namespaces', words: ['get', 'svc', 'web', '-A'], exit: 1, stderr: 'error: a resource cannot be retrieved by name across all namespaces\n' },
  { name: 'get endpointslices', words: ['get', 'endpointslices', '-n', 'shop', '-l', 'kubernetes.io/service-name=web'], stdout: /^NAME +ADDRESSTYPE +PORTS +ENDPOINTS +AGE\nweb-\w+ +IPv4 +80 +10\.244\.0\.2,10\.244\.0\.3 +2d4h\n$/ },
  // create
  { name: 'create service', words: ['create', 'service', 'clusterip', 'db', '--tcp=5432', '-n', 'shop'], stdout: 'service/db created\n', changed: true },
  { name: 'create service that exists', words: ['create', 'service', 'clusterip', 'web', '--tcp=80', '-n', 'shop'], exit: 1, stderr: 'error: failed to create ClusterIP service: services "web" already exists\n' },
  { name: 'create service with a taken nodePort', words: ['create', 'service', 'nodeport', 'np', '--tcp=80', '--node-port=30080', '-n', 'shop'], exit: 1,
    stderr: 'error: failed to create NodePort service: Service "np" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated\n' },
  { name: 'create deployment that exists', words: ['create', 'deployment', 'web', '--image=nginx', '-n', 'shop'], exit: 1, stderr: 'Error from server (AlreadyExists): deployments.apps "web" already exists\n' },
  { name: 'create in a namespace that does not exist', words: ['create', 'deployment', 'api', '--image=nginx', '-n', 'nope'], exit: 1, stderr: 'Error from server (NotFound): namespaces "nope" not found\n' },
  { name: 'create namespace', words: ['create', 'ns', 'dev'], stdout: 'namespace/dev created\n', changed: true },
  { name: 'create -f an invalid object', words: ['create', '-f', 'bad.yaml'], files: { 'bad.yaml': BAD_YAML }, exit: 1,
    stderr: 'The Service "bad" is invalid: \n* spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive\n' },
  { name: 'create -f twice', before: [['create', '-f', 'svc.yaml']], words: ['create', '-f', 'svc.yaml'], files: { 'svc.yaml': SVC_YAML }, exit: 1,
    stderr: 'Error from server (AlreadyExists): error when creating "svc.yaml": services "api2" already exists\n' },
  { name: 'create -f a missing file', words: ['create', '-f', 'nope.yaml'], exit: 1, stderr: 'error: the path "nope.yaml" does not exist\n' },
  { name: 'expose', words: ['expose', 'deploy', 'web', '-n', 'shop', '--port=8080', '--target-port=80', '--name=web-alt'], stdout: 'service/web-alt exposed\n', changed: true },
  { name: 'run', words: ['run', 'nginx', '--image=nginx'], stdout: 'pod/nginx created\n', changed: true },
  { name: 'run --rm without -i', words: ['run', 'tmp', '--rm', '--image=busybox', '--', 'true'], exit: 1, stderr: 'error: --rm should only be used for attached containers\n' },
  // apply
  { name: 'apply creates', words: ['apply', '-f', 'svc.yaml'], files: { 'svc.yaml': SVC_YAML }, stdout: 'service/api2 created\n', changed: true },
  { name: 'apply again is unchanged', before: [['apply', '-f', 'svc.yaml']], words: ['apply', '-f', 'svc.yaml'], files: { 'svc.yaml': SVC_YAML }, stdout: 'service/api2 unchanged\n', changed: false },
  { name: 'apply a change configures', before: [['apply', '-f', 'svc.yaml']], words: ['apply', '-f', '-'], stdin: SVC_YAML.replace('targetPort: 80', 'targetPort: 8080'), files: { 'svc.yaml': SVC_YAML }, stdout: 'service/api2 configured\n', changed: true },
  { name: 'apply over an object created otherwise warns', words: ['apply', '-f', '-'], stdin: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    app: web\n  ports:\n  - name: http\n    port: 80\n    targetPort: 80\n',
    stdout: 'service/web configured\n', changed: true,
    stderr: 'Warning: resource services/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n' },
  { name: 'apply a folder', words: ['apply', '-f', 'dir'], files: { 'dir/a.yaml': SVC_YAML, 'dir/notes.txt': 'x' }, stdout: 'service/api2 created\n', changed: true },
  // replace
  { name: 'replace', words: ['replace', '-f', 'web.yaml'], files: { 'web.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n' }, stdout: 'service/web replaced\n', changed: true },
  { name: 'replace a missing object', words: ['replace', '-f', 'svc.yaml'], files: { 'svc.yaml': SVC_YAML }, exit: 1, stderr: 'Error from server (NotFound): error when replacing "svc.yaml": services "api2" not found\n' },
  // label, annotate
  { name: 'label', words: ['label', 'svc', 'web', '-n', 'shop', 'tier=fe'], stdout: 'service/web labeled\n', changed: true },
  { name: 'label the same value again', words: ['label', 'svc', 'web', '-n', 'shop', 'app=web'], stdout: 'service/web not labeled\n', changed: false },
  { name: 'label without --overwrite', words: ['label', 'svc', 'web', '-n', 'shop', 'app=api'], exit: 1, stderr: "error: 'app' already has a value (web), and --overwrite is false\n" },
  { name: 'unlabel', words: ['label', 'svc', 'web', '-n', 'shop', 'app-'], stdout: 'service/web unlabeled\n', changed: true },
  { name: 'annotate without --overwrite', before: [['annotate', 'svc', 'web', '-n', 'shop', 'note=a']], words: ['annotate', 'svc', 'web', '-n', 'shop', 'note=b'], exit: 1,
    stderr: "error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (a)\n" },
  { name: 'label a Deployment\'s pod is refused', words: ['label', 'pods', '-n', 'shop', '-l', 'app=web', 'x=y'], exit: 1, stderr: /^error: pods "web-\w+-\w+" is made by ReplicaSet web-\w+ in kubeprep's simulated cluster/ },
  // patch, set selector
  { name: 'patch with no change', words: ['patch', 'svc', 'web', '-n', 'shop', '-p', '{"spec":{"selector":{"app":"web"}}}'], stdout: 'service/web patched (no change)\n', changed: false },
  { name: 'patch to an invalid port', words: ['patch', 'svc', 'web', '-n', 'shop', '--type=merge', '-p', '{"spec":{"ports":[{"port":70000}]}}'], exit: 1,
    stderr: 'The Service "web" is invalid: \n* spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive\n' },
  { name: 'patch the ClusterIP', words: ['patch', 'svc', 'web', '-n', 'shop', '-p', '{"spec":{"clusterIP":"10.96.0.99","clusterIPs":["10.96.0.99"]}}'], exit: 1,
    stderr: 'The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.96.0.99"}: may not change once set\n' },
  { name: 'patch with a bad type', words: ['patch', 'svc', 'web', '-p', '{}', '--type=yaml'], exit: 1, stderr: 'error: --type must be one of [json merge strategic], not "yaml"\n' },
  { name: 'set selector', words: ['set', 'selector', 'svc', 'web', 'app=web,tier=frontend', '-n', 'shop'], stdout: 'service/web selector updated\n', changed: true },
  // scale, rollout
  { name: 'scale', words: ['scale', 'deploy', 'web', '--replicas=3', '-n', 'shop'], stdout: 'deployment.apps/web scaled\n', changed: true },
  { name: 'scale with a wrong --current-replicas', words: ['scale', 'deploy/web', '--replicas=3', '--current-replicas=5', '-n', 'shop'], exit: 1, stderr: 'error: Expected replicas to be 5, was 2\n' },
  { name: 'rollout status', words: ['rollout', 'status', 'deploy/web', '-n', 'shop'], stdout: 'deployment "web" successfully rolled out\n' },
  { name: 'rollout history', words: ['rollout', 'history', 'deployment', 'web', '-n', 'shop'], stdout: 'deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n\n' },
  { name: 'rollout undo without history', words: ['rollout', 'undo', 'deploy/web', '-n', 'shop'], exit: 1, stderr: 'error: no rollout history found for deployment "web"\n' },
  { name: 'rollout undo after set image', before: [['set', 'image', 'deploy/web', 'nginx=nginx:1.28', '-n', 'shop']], words: ['rollout', 'undo', 'deploy/web', '-n', 'shop'], stdout: 'deployment.apps/web rolled back\n', changed: true },
  { name: 'rollout status of a Service', words: ['rollout', 'status', 'svc/web', '-n', 'shop'], exit: 1, stderr: 'error: no status viewer has been implemented for Service\n' },
  // delete
  { name: 'delete', words: ['delete', 'svc', 'web', '-n', 'shop'], stdout: 'service "web" deleted\n', changed: true },
  { name: 'delete a deployment', words: ['delete', 'deployment', 'web', '-n', 'shop'], stdout: 'deployment.apps "web" deleted\n', changed: true },
  { name: 'delete what is not there', words: ['delete', 'svc', 'nope', '-n', 'shop'], exit: 1, stderr: 'Error from server (NotFound): services "nope" not found\n' },
  { name: 'delete --ignore-not-found', words: ['delete', 'svc', 'nope', '-n', 'shop', '--ignore-not-found'], stdout: '' },
  { name: 'delete without a name', words: ['delete', 'svc'], exit: 1, stderr: 'error: resource(s) were provided, but no name was specified\n' },
  { name: 'delete by label', words: ['delete', 'svc', '-n', 'shop', '-l', 'app=web'], stdout: 'service "web" deleted\n', changed: true },
  { name: 'delete --force', words: ['delete', 'pod', 'client', '--force'], changed: true, stdout: 'pod "client" force deleted\n',
    stderr: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n' },
  // exec and the network tools
  { name: 'curl through a Service', words: ['exec', 'client', '--', 'curl', '-s', 'http://web.shop'], stdout: /<title>Welcome to nginx!<\/title>/ },
  { name: 'curl -I', words: ['exec', 'client', '--', 'curl', '-sI', 'web.shop'], stdout: /^HTTP\/1\.1 200 OK\r\nServer: nginx\/1\.27\.5\r\n/ },
  { name: 'curl a name that does not resolve', words: ['exec', 'client', '--', 'curl', '-sS', 'http://nope'], exit: 6, stderr: 'curl: (6) Could not resolve host: nope\ncommand terminated with exit code 6\n' },
  { name: 'curl a Service without endpoints', words: ['exec', 'client', '--', 'curl', '-sS', 'http://api.shop:8080'], exit: 7,
    stderr: "curl: (7) Failed to connect to api.shop port 8080 after 0 ms: Couldn't connect to server\ncommand terminated with exit code 7\n" },
  { name: 'curl a denied port times out', words: ['exec', 'client', '--', 'curl', '-sS', '-m', '5', 'http://web.shop:80'], before: [['patch', 'networkpolicy', 'web-policy', '-n', 'shop', '-p', '{"spec":{"ingress":[{"from":[{"podSelector":{"matchLabels":{"run":"other"}}}]}]}}']],
    exit: 28, stderr: 'curl: (28) Connection timed out after 5001 milliseconds\ncommand terminated with exit code 28\n' },
  { name: 'wget -qO-', words: ['exec', 'client', '--', 'wget', '-qO-', 'web.shop'], stdout: /^<!DOCTYPE html>/ },
  { name: 'wget a bad address', words: ['exec', 'client', '--', 'wget', '-qO-', 'nope'], exit: 1, stderr: "wget: bad address 'nope'\ncommand terminated with exit code 1\n" },
  { name: 'nc -zv', words: ['exec', 'client', '--', 'nc', '-zv', 'web.shop', '80'], stderr: /^web\.shop \(10\.\d+\.\d+\.\d+:80\) open\n$/ },
  { name: 'nslookup', words: ['exec', 'client', '--', 'nslookup', 'web.shop'], stdout: /^Server:\t\t10\.96\.0\.10\nAddress:\t10\.96\.0\.10:53\n\nName:\tweb\.shop\.svc\.cluster\.local\nAddress: 10\.\d+\.\d+\.\d+\n\n$/ },
  { name: 'nslookup NXDOMAIN', words: ['exec', 'client', '--', 'nslookup', 'web'], exit: 1, stdout: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n** server can't find web: NXDOMAIN\n\n", stderr: 'command terminated with exit code 1\n' },
  { name: 'resolv.conf', words: ['exec', 'client', '--', 'cat', '/etc/resolv.conf'], stdout: 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n' },
  { name: 'exec without --', words: ['exec', 'client', 'curl', 'web'], exit: 1, stderr: "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n" },
  { name: 'exec into a missing pod', words: ['exec', 'nope', '--', 'true'], exit: 1, stderr: 'Error from server (NotFound): pods "nope" not found\n' },
  { name: 'exec into a Deployment', words: ['exec', 'deploy/web', '-n', 'shop', '--', 'hostname'], stdout: /^web-\w+-\w+\n$/ },
  { name: 'run --rm -i wget', words: ['run', 'tmp', '--rm', '-i', '--image=busybox', '--restart=Never', '--', 'wget', '-qO-', '-T', '2', 'http://web.shop'], stdout: /<h1>Welcome to nginx!<\/h1>[\s\S]*\npod "tmp" deleted\n$/, changed: false },
  { name: 'run --rm -i with a failing command', words: ['run', 'tmp', '--rm', '-it', '--image=busybox', '--restart=Never', '--', 'wget', '-qO-', 'http://nope'], exit: 1,
    stdout: 'pod "tmp" deleted\n', stderr: "wget: bad address 'nope'\npod default/tmp terminated (Error)\n", changed: false },
  // proxy, port-forward
  { name: 'proxy', words: ['proxy', '--port=8080'], stdout: 'Starting to serve on 127.0.0.1:8080\n', stderr: /^kubeprep: the emulator opens no network listener/ },
  { name: 'port-forward a Service', words: ['port-forward', 'svc/web', '8080:80', '-n', 'shop'], stdout: 'Forwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n', stderr: /kubectl port-forward would forward local port 8080 to port 80 of pod shop\/web-/ },
  // explain, version, errors
  { name: 'explain a kind outside the table', words: ['explain', 'configmaps'], exit: 1, stderr: /^error: kubeprep's kubectl emulator explains services/ },
  { name: 'version', words: ['version'], stdout: 'Client Version: v1.32.5\nKustomize Version: v5.5.0\nServer Version: v1.32.5\n' },
  { name: 'a command the emulator does not offer', words: ['logs', 'client'], exit: 1, stderr: 'error: "kubectl logs" is not available in kubeprep\'s kubectl emulator\n' },
];

for (const c of cases) {
  test(c.name, (t) => {
    let state: KObject[] = clusterState();
    const env = (): KubectlEnv => ({
      state, now: CLUSTER_NOW, stdin: c.stdin,
      readFile: (p) => c.files?.[p],
      listDir: (p) => { const prefix = `${p.replace(/\/$/, '')}/`; const names = Object.keys(c.files ?? {}).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)); return names.length ? names : undefined; },
    });
    for (const words of c.before ?? []) {
      const r = runKubectl(words, env());
      t.is(r.exitCode, 0, `${words.join(' ')}: ${r.stderr}`);
      state = r.state;
    }
    const r = runKubectl(c.words, env());
    const match = (actual: string, want: string | RegExp | undefined, what: string) => {
      if (want === undefined) return;
      if (typeof want === 'string') t.is(actual, want, what); else t.regex(actual, want, what);
    };
    match(r.stdout, c.stdout, 'stdout');
    match(r.stderr, c.stderr ?? (c.exit ? undefined : ''), 'stderr');
    t.is(r.exitCode, c.exit ?? 0, 'exit code');
    if (c.changed !== undefined) t.is(r.changed, c.changed, 'changed');
    if (!r.changed) t.is(r.state, state, 'an unchanged command hands back the same state');
  });
}
