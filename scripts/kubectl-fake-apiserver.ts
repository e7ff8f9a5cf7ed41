// A tiny stand-in for kube-apiserver, so scripts/record-kubectl-goldens.sh can record what
// the real kubectl client prints for commands that need discovery or objects from a server
// (get -o yaml|json|name|jsonpath|custom-columns, expose, run, unknown resource types).
// It answers legacy discovery (/api, /apis, /api/v1, /apis/G/V) from source/kubectl/resources.ts
// and GET/LIST from a YAML file of objects. Only for recording; tests never start it.
//
//   node --import tsx scripts/kubectl-fake-apiserver.ts FILE PORT
import http from 'node:http';
import fs from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { RESOURCES, type ResourceType } from '../source/kubectl/resources.js';
import { tableForKind } from '../source/kubectl/printers/columns/index.js';

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
const objects: any[] = parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => d.toJSON()).filter((o) => o && o.kind);

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

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname.replace(/\/$/, '');
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
  const [plural, objName] = rest;
  const rt = RESOURCES.find((r) => r.apiVersion === gv && r.plural === plural);
  if (!rt) return send(res, 404, {});
  const items = objects.filter((o) => o.kind === rt.kind && (!rt.namespaced || !namespace || o.metadata.namespace === namespace));
  const wantsTable = (req.headers.accept ?? '').includes('as=Table');
  if (objName) {
    const found = items.find((o) => o.metadata.name === objName);
    if (!found) return notFound(res, rt, objName);
    return send(res, 200, wantsTable ? table(rt, [found]) : found);
  }
  // etcd lists by key: /registry/KIND/NAMESPACE/NAME
  const selected = items.filter((o) => matchesSelector(o.metadata.labels, url.searchParams.get('labelSelector')))
    .sort((a, b) => `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace ?? ''}/${b.metadata.name}`));
  if (wantsTable) return send(res, 200, table(rt, selected));
  return send(res, 200, { kind: `${rt.kind}List`, apiVersion: rt.apiVersion, metadata: { resourceVersion: '1000' }, items: selected.map(({ kind, apiVersion, ...rest }) => rest) });
});

server.listen(Number(portText), '127.0.0.1', () => process.stdout.write(`listening ${portText}\n`));
