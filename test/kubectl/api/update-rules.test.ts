// On a type change the API server wipes the fields the new type no longer uses, when the
// user left them as they were (pkg/registry/core/service/strategy.go dropTypeDependentFields).
import test from 'ava';
import { parseManifests } from '../../../source/sim/loader.js';
import { runKubectl } from '../../../source/kubectl/session.js';
import type { KObject } from '../../../source/sim/types.js';

const load = (yaml: string): KObject[] => { const r = parseManifests(yaml, 'x.yaml'); if (!r.ok) throw new Error(r.error.message); return r.objects; };
const NODEPORT = load(`apiVersion: v1
kind: Service
metadata: {name: web, namespace: default}
spec:
  type: NodePort
  externalTrafficPolicy: Local
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080, nodePort: 30080}]
`);
const now = new Date('2026-11-26T12:00:00Z');
const spec = (state: KObject[]) => JSON.parse(runKubectl(['get', 'svc', 'web', '-o', 'json'], { state, now }).stdout).spec;

const cases: Array<{ name: string; patch: string; ok: boolean; want: (s: any) => boolean; stderr?: RegExp }> = [
  { name: 'NodePort → ClusterIP drops nodePort and externalTrafficPolicy', patch: '{"spec":{"type":"ClusterIP"}}', ok: true, want: (s) => s.type === 'ClusterIP' && s.ports[0].nodePort === undefined && s.externalTrafficPolicy === undefined && /^10\./.test(s.clusterIP) },
  { name: 'NodePort → ExternalName drops the ClusterIPs and IP families too', patch: '{"spec":{"type":"ExternalName","externalName":"db.example.com"}}', ok: true, want: (s) => s.type === 'ExternalName' && s.clusterIP === undefined && s.clusterIPs === undefined && s.ipFamilies === undefined },
  { name: 'a nodePort the user sets with type ClusterIP is still refused', patch: '{"spec":{"type":"ClusterIP","ports":[{"port":80,"targetPort":8080,"nodePort":30099}]}}', ok: false, want: () => true, stderr: /spec\.ports\[0\]\.nodePort: Forbidden: may not be used when `type` is 'ClusterIP'/ },
];
for (const c of cases) {
  test(c.name, (t) => {
    const r = runKubectl(['patch', 'svc', 'web', '-p', c.patch], { state: NODEPORT, now });
    t.is(r.exitCode, c.ok ? 0 : 1, r.stderr);
    if (c.stderr) t.regex(r.stderr, c.stderr);
    if (c.ok) { t.is(r.stdout, 'service/web patched\n'); t.true(c.want(spec(r.state)), JSON.stringify(spec(r.state))); }
    else t.is(r.state, NODEPORT, 'refused: the state is unchanged');
  });
}
