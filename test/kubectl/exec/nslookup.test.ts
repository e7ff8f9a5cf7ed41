// BusyBox nslookup answered by the simulator's DNS, including the case where CoreDNS is down.
import test from 'ava';
import { parseManifests } from '../../../source/sim/loader.js';
import { runKubectl } from '../../../source/kubectl/session.js';

const load = (yaml: string) => { const r = parseManifests(yaml, 'x.yaml'); if (!r.ok) throw new Error(r.error.message); return r.objects; };
const now = new Date('2026-11-26T12:00:00Z');
const client = `apiVersion: v1
kind: Pod
metadata: {name: client, namespace: default}
spec: {containers: [{name: c, image: busybox}]}
`;

test('kube-dns with no ready endpoints: the lookup times out, as BusyBox prints it', (t) => {
  // a kube-dns Service whose selector matches no pod (CoreDNS scaled to zero, say)
  const state = load(`${client}---
apiVersion: v1
kind: Service
metadata: {name: kube-dns, namespace: kube-system}
spec: {clusterIP: 10.96.0.10, selector: {k8s-app: kube-dns}, ports: [{name: dns, port: 53, protocol: UDP}, {name: dns-tcp, port: 53, protocol: TCP}]}
`);
  const r = runKubectl(['exec', 'client', '--', 'nslookup', 'kubernetes.default'], { state, now });
  t.is(r.stdout, ';; connection timed out; no servers could be reached\n\n');
  t.is(r.exitCode, 1);
});

test('a kubeadm cluster answers kubernetes.default with the API server Service', (t) => {
  const r = runKubectl(['exec', 'client', '--', 'nslookup', 'kubernetes.default'], { state: load(client), kubeadm: true, now });
  t.regex(r.stdout, /^Server:\t\t10\.96\.0\.10\nAddress:\t10\.96\.0\.10:53\n\nName:\tkubernetes\.default\.svc\.cluster\.local\nAddress: 10\.96\.0\.1\n/);
  t.is(r.exitCode, 0);
});
