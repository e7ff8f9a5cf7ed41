// A tiny stand-in for kube-apiserver, so scripts/record-kubectl-goldens.sh can record what
// the real kubectl client prints for commands that need discovery or objects from a server
// (get -o yaml|json|name|jsonpath|custom-columns, expose, run, unknown resource types).
// It answers legacy discovery (/api, /apis, /api/v1, /apis/G/V) from source/kubectl/resources.ts
// and GET/LIST from a YAML file of objects; POST, PUT, PATCH (strategic, merge, json) and
// DELETE change them (with the simulator's validation, so refusals have the API server's
// shape), and POST /__reset goes back to the file. Only for recording; tests never start it.
//
//   node --import tsx scripts/kubectl-fake-apiserver.ts FILE PORT
import http from 'node:http';
import fs from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { RESOURCES, type ResourceType } from '../source/kubectl/resources.js';
import { tableForKind } from '../source/kubectl/printers/columns/index.js';
import { SCHEMAS } from '../source/kubectl/explain/schemas.js';
import { strategicMergePatch } from '../source/kubectl/patch/strategic.js';
import { mergePatch } from '../source/kubectl/patch/merge.js';
import { applyJsonPatch } from '../source/kubectl/patch/json-patch.js';
import { validateObject } from '../source/sim/validation/index.js';
import { applyDefaults } from '../source/sim/defaults.js';
import { formatFieldError } from '../source/sim/field.js';

// Tables are what the API server computes (pkg/printers/internalversion); here they come
// from our own column functions at a fixed time, so the goldens record what the real
// client does with a server's table: headers, wide columns, -A, --show-labels, kind
// prefixes, blank lines between kinds and alignment.
export const TABLE_NOW = new Date('2025-01-03T04:05:06Z');

function table(rt: ResourceType, items: any[]) {
  const t = tableForKind(rt.kind);
  return {
    kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: { resourceVersion: '1000' },
    columnDefinitions: t.columns.map((c) => ({ name: c.name, type: 'string', format: c.format ?? '', description: '', priority: c.priority ?? 0 })),
    rows: items.map((o) => ({
      // the API server's TableConvertor always generates wide rows (GenerateOptions{Wide: true})
      cells: t.row(o, { now: TABLE_NOW, wide: true }),
      object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
    })),
  };
}

const [file, portText] = process.argv.slice(2);
const load = (): any[] => parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => d.toJSON()).filter((o) => o && o.kind);
let objects: any[] = load();
let revision = 5000;

const groupVersions = [...new Set(RESOURCES.map((r) => r.apiVersion))];

function resourceList(gv: string) {
  return {
    kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv,
    resources: RESOURCES.filter((r) => r.apiVersion === gv).map((r) => ({
      name: r.plural, singularName: r.singular, namespaced: r.namespaced, kind: r.kind,
      verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
      ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
      ...(r.categories.length ? { categories: r.categories } : {}),
    })),
  };
}

function matchesSelector(labels: Record<string, string> = {}, selector: string | null): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    let m: RegExpExecArray | null;
    if ((m = /^([^!=]+)!=(.*)$/.exec(term))) return labels[m[1]] !== m[2];
    if ((m = /^([^!=]+)==?(.*)$/.exec(term))) return labels[m[1]] === m[2];
    if (term.startsWith('!')) return !(term.slice(1) in labels);
    return term in labels;
  });
}

function send(res: http.ServerResponse, code: number, body: unknown) {
  res.writeHead(code, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function notFound(res: http.ServerResponse, rt: ResourceType, name: string) {
  send(res, 404, {
    kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure',
    message: `${rt.group ? `${rt.plural}.${rt.group}` : rt.plural} "${name}" not found`, reason: 'NotFound',
    details: { name, ...(rt.group ? { group: rt.group } : {}), kind: rt.plural }, code: 404,
  });
}

function openapiGroups() {
  const out: Array<{ path: string; apiVersion: string }> = [];
  for (const gv of groupVersions) out.push({ path: gv.includes('/') ? `apis/${gv}` : `api/${gv}`, apiVersion: gv });
  return out;
}

function openapiDocument(gv: { path: string; apiVersion: string }) {
  const paths: Record<string, unknown> = {};
  for (const r of RESOURCES.filter((x) => x.apiVersion === gv.apiVersion)) {
    const base = `/${gv.path}${r.namespaced ? '/namespaces/{namespace}' : ''}/${r.plural}`;
    const gvk = { 'x-kubernetes-group-version-kind': { group: r.group, kind: r.kind, version: r.version } };
    // the fieldValidation parameter tells kubectl to leave validation to the server
    const write = { ...gvk, parameters: [{ name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } }] };
    paths[base] = { get: gvk, post: write };
    paths[`${base}/{name}`] = { get: gvk, put: write, patch: write, delete: gvk };
  }
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.5' }, paths, components: { schemas: SCHEMAS } };
}

function status(res: http.ServerResponse, code: number, reason: string, message: string, details?: unknown) {
  send(res, code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code });
}

/** What the API server does to an object it stores: defaults, then validation. */
function admit(res: http.ServerResponse, rt: ResourceType, obj: any): boolean {
  applyDefaults(obj);
  if (obj.kind === 'Service' && obj.spec?.type !== 'ExternalName' && !obj.spec?.clusterIP) {
    const ip = `10.96.200.${objects.length % 250 + 1}`;
    obj.spec.clusterIP = ip; obj.spec.clusterIPs = [ip];
  }
  const errors = validateObject(obj);
  if (errors.length === 0) return true;
  const bodies = errors.map((e) => formatFieldError(e).slice(e.field.length + 2));
  const causes = errors.map((e, i) => ({ reason: 'FieldValueInvalid', message: bodies[i], field: e.field }));
  const all = errors.map(formatFieldError);
  status(res, 422, 'Invalid', `${rt.group ? `${rt.kind}.${rt.group}` : rt.kind} "${obj.metadata.name}" is invalid: ${all.length === 1 ? all[0] : `[${all.join(', ')}]`}`,
    { name: obj.metadata.name, ...(rt.group ? { group: rt.group } : {}), kind: rt.kind, causes });
  return false;
}

function handleWrite(req: http.IncomingMessage, res: http.ServerResponse, rt: ResourceType, namespace: string | undefined, name: string | undefined, sub: string | undefined, body: string) {
  process.stderr.write(`${req.method} ${req.url} ${req.headers['content-type'] ?? ''} ${body}\n`); // kept in the recorder's log
  let input: any = {};
  try { input = body ? JSON.parse(body) : {}; } catch { return status(res, 415, 'UnsupportedMediaType', 'the fake API server reads JSON bodies only (typed clients send protobuf)'); }
  const index = objects.findIndex((o) => o.kind === rt.kind && o.metadata.name === name && (!rt.namespaced || o.metadata.namespace === namespace));
  const current = index >= 0 ? objects[index] : undefined;
  if (req.method === 'POST' && !name) {
    const obj = { ...input, metadata: { ...input.metadata, ...(rt.namespaced ? { namespace } : {}) } };
    if (objects.some((o) => o.kind === rt.kind && o.metadata.name === obj.metadata.name && (!rt.namespaced || o.metadata.namespace === namespace)))
      return status(res, 409, 'AlreadyExists', `${rt.group ? `${rt.plural}.${rt.group}` : rt.plural} "${obj.metadata.name}" already exists`, { name: obj.metadata.name, ...(rt.group ? { group: rt.group } : {}), kind: rt.plural });
    if (rt.namespaced && !objects.some((o) => o.kind === 'Namespace' && o.metadata.name === namespace))
      return status(res, 404, 'NotFound', `namespaces "${namespace}" not found`, { name: namespace, kind: 'namespaces' });
    if (!admit(res, rt, obj)) return;
    obj.metadata = { ...obj.metadata, uid: `0b1e0f3a-0000-4000-8000-${String(revision).padStart(12, '0')}`, resourceVersion: String(++revision), creationTimestamp: '2025-01-03T04:05:06Z' };
    objects.push(obj);
    return send(res, 201, obj);
  }
  if (!current || !name) return notFound(res, rt, name ?? '');
  if (req.method === 'DELETE') {
    objects.splice(index, 1);
    return send(res, 200, current);
  }
  let next: any;
  if (req.method === 'PUT') next = sub === 'scale' ? { ...current, spec: { ...current.spec, replicas: input.spec?.replicas } } : input;
  else {
    const type = String(req.headers['content-type'] ?? '');
    const base = sub === 'scale' ? scaleOf(current) : current;
    let patched: any;
    if (type.includes('json-patch')) { const r = applyJsonPatch(base, input); if (!r.ok) return status(res, 422, 'Invalid', r.error); patched = r.value; }
    else if (type.includes('strategic-merge-patch')) { const r = strategicMergePatch(rt.kind, base, input); if (!r.ok) return status(res, 400, 'BadRequest', r.error); patched = r.value; }
    else patched = mergePatch(base, input);
    next = sub === 'scale' ? { ...current, spec: { ...current.spec, replicas: patched.spec?.replicas } } : patched;
  }
  const same = JSON.stringify(next) === JSON.stringify(current);
  if (!admit(res, rt, next)) return;
  if (!same) next.metadata = { ...next.metadata, resourceVersion: String(++revision) };
  objects[index] = next;
  return send(res, 200, sub === 'scale' ? scaleOf(next) : next);
}

function scaleOf(o: any) {
  return { kind: 'Scale', apiVersion: 'autoscaling/v1', metadata: { name: o.metadata.name, namespace: o.metadata.namespace, uid: o.metadata.uid, resourceVersion: o.metadata.resourceVersion, creationTimestamp: o.metadata.creationTimestamp },
    spec: { replicas: o.spec?.replicas ?? 1 }, status: { replicas: o.status?.replicas ?? 0, selector: Object.entries(o.spec?.selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`).join(',') } };
}

const server = http.createServer((req, res) => {
  if (req.method !== 'GET') {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => route(req, res, body));
    return;
  }
  route(req, res, '');
});

function route(req: http.IncomingMessage, res: http.ServerResponse, body: string) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname.replace(/\/$/, '');
  if (path === '/__reset') { objects = load(); revision = 5000; return send(res, 200, {}); }
  // /openapi/v3 for `kubectl explain`: the emulator's own schema table, so recordings show how
  // the real client renders the same schemas
  if (path === '/openapi/v3') return send(res, 200, { paths: Object.fromEntries(openapiGroups().map((gv) => [gv.path, { serverRelativeURL: `/openapi/v3/${gv.path}?hash=1` }])) });
  if (path.startsWith('/openapi/v3/')) {
    const gv = openapiGroups().find((g) => `/openapi/v3/${g.path}` === path);
    if (gv) return send(res, 200, openapiDocument(gv));
  }
  if (path === '/version') return send(res, 200, { major: '1', minor: '32', gitVersion: 'v1.32.5', platform: 'linux/amd64' });
  if (path === '/api') return send(res, 200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }] });
  if (path === '/apis') {
    const groups = [...new Set(RESOURCES.filter((r) => r.group).map((r) => r.group))].map((g) => {
      const versions = groupVersions.filter((gv) => gv.startsWith(g + '/')).map((gv) => ({ groupVersion: gv, version: gv.split('/')[1] }));
      return { name: g, versions, preferredVersion: versions[0] };
    });
    return send(res, 200, { kind: 'APIGroupList', apiVersion: 'v1', groups });
  }
  // /api/v1[/namespaces/NS]/PLURAL[/NAME] or /apis/GROUP/VERSION/...
  const seg = path.split('/').filter(Boolean);
  let gv: string;
  let rest: string[];
  if (seg[0] === 'api' && seg[1]) { gv = seg[1]; rest = seg.slice(2); }
  else if (seg[0] === 'apis' && seg[2]) { gv = `${seg[1]}/${seg[2]}`; rest = seg.slice(3); }
  else return send(res, 404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', code: 404 });
  if (rest.length === 0) return send(res, 200, resourceList(gv));
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) { namespace = rest[1]; rest = rest.slice(2); }
  const [plural, objName, sub] = rest;
  const rt = RESOURCES.find((r) => r.apiVersion === gv && r.plural === plural);
  if (!rt) return send(res, 404, {});
  if (req.method !== 'GET') return handleWrite(req, res, rt, namespace, objName, sub, body);
  const items = objects.filter((o) => o.kind === rt.kind && (!rt.namespaced || !namespace || o.metadata.namespace === namespace));
  const wantsTable = (req.headers.accept ?? '').includes('as=Table');
  if (objName) {
    const found = items.find((o) => o.metadata.name === objName);
    if (!found) return notFound(res, rt, objName);
    if (sub === 'scale') return send(res, 200, scaleOf(found));
    return send(res, 200, wantsTable ? table(rt, [found]) : found);
  }
  // etcd lists by key: /registry/KIND/NAMESPACE/NAME
  const selected = items.filter((o) => matchesSelector(o.metadata.labels, url.searchParams.get('labelSelector')))
    .sort((a, b) => `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace ?? ''}/${b.metadata.name}`));
  if (wantsTable) return send(res, 200, table(rt, selected));
  return send(res, 200, { kind: `${rt.kind}List`, apiVersion: rt.apiVersion, metadata: { resourceVersion: '1000' }, items: selected.map(({ kind, apiVersion, ...rest }) => rest) });
}

server.listen(Number(portText), '127.0.0.1', () => process.stdout.write(`listening ${portText}\n`));
