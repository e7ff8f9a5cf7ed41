// The human-readable printer of `kubectl get` (cli-runtime printers/tableprinter.go
// decorateTable + printTable, and get.go's loop over resource types): one table per resource
// type, headers upper-cased, priority-1 columns only with -o wide, NAMESPACE first with -A
// (not for cluster-scoped kinds), LABELS last with --show-labels, the name column prefixed
// "kind/" when several kinds are printed, a blank line between tables, each table aligned
// by the tabwriter on its own. A table without rows prints nothing, not even headers.
import type { KObject } from '../../sim/types.js';
import { kindPrefix, resourceForObject, type ResourceType } from '../resources.js';
import { tableForKind, type Cell } from './columns/index.js';
import { formatLabels } from './labels.js';
import { tabwrite } from './tabwriter.js';

export interface TableOptions {
  now: Date;
  wide: boolean;
  showLabels: boolean;
  allNamespaces: boolean;
  /** prefix names with "kind/" (several kinds requested, or --show-kind) */
  withKind: boolean;
  noHeaders?: boolean;
  /** -L/--label-columns keys */
  labelColumns?: string[];
  /**
   * The resource types asked for, in request order (`get svc,ep`): each gets its table,
   * empty ones print nothing but still count (see below). Default: the kinds of `objects`.
   */
  requested?: ResourceType[];
}

/** Tables for objects, one per requested resource type, in request order. */
export function printTables(objects: KObject[], opts: TableOptions): string {
  const groups = groupByType(objects, opts.requested);
  let out = '';
  // get.go's ToPrinter works on a shallow copy of the print flags, so once one table was
  // given a NAMESPACE column (-A and a namespaced type), every later table keeps it, even
  // a cluster-scoped one (recorded: `kubectl get svc,ns -A`).
  let withNamespace = false;
  for (const { type, items } of groups) {
    if (opts.allNamespaces && (type?.namespaced ?? true)) withNamespace = true;
    const text = printTable(items, type, withNamespace, opts);
    // get.go separatorWriter: a blank line before a table when something was printed already
    if (out !== '' && text !== '' && !opts.noHeaders) out += '\n';
    out += text;
  }
  return out;
}

function groupByType(objects: KObject[], requested: ResourceType[] | undefined): Array<{ type: ResourceType | undefined; items: KObject[] }> {
  const groups: Array<{ type: ResourceType | undefined; items: KObject[] }> = [];
  if (requested) {
    for (const type of requested) groups.push({ type, items: objects.filter((o) => resourceForObject(o) === type) });
    const rest = objects.filter((o) => !requested.includes(resourceForObject(o)!));
    if (rest.length) groups.push(...groupByType(rest, undefined));
    return groups;
  }
  for (const obj of objects) {
    const last = groups[groups.length - 1];
    if (last && last.items[0].kind === obj.kind && last.items[0].apiVersion === obj.apiVersion) last.items.push(obj);
    else groups.push({ type: resourceForObject(obj), items: [obj] });
  }
  return groups;
}

function printTable(objects: KObject[], rt: ResourceType | undefined, withNamespace: boolean, opts: TableOptions): string {
  if (objects.length === 0) return '';
  const kind = objects[0].kind;
  const table = tableForKind(kind);
  const columns = table.columns.filter((c) => opts.wide || !c.priority);
  const labelColumns = opts.labelColumns ?? [];
  const lines: string[] = [];
  if (!opts.noHeaders) {
    const headers = [
      ...(withNamespace ? ['NAMESPACE'] : []),
      ...columns.map((c) => c.name.toUpperCase()),
      ...labelColumns.map((l) => l.split('/').pop()!.toUpperCase()),
      ...(opts.showLabels ? ['LABELS'] : []),
    ];
    lines.push(headers.join('\t'));
  }
  const prefix = opts.withKind && rt ? kindPrefix(rt) : opts.withKind ? kind.toLowerCase() : '';
  for (const obj of objects) {
    // The API server always computes wide rows (printers/storage TableConvertor:
    // GenerateOptions{Wide: true}); the client hides priority columns. So a long load
    // balancer address is never cut to 13 chars + "..." by `kubectl get`.
    const all = table.row(obj, { now: opts.now, wide: true });
    const cells: Cell[] = [];
    table.columns.forEach((c, i) => {
      if (i >= all.length || (!opts.wide && c.priority)) return;
      cells.push(c.format === 'name' && prefix ? `${prefix}/${all[i]}` : all[i]);
    });
    const labels = obj.metadata.labels ?? {};
    const row = [
      ...(withNamespace ? [obj.metadata.namespace ?? ''] : []),
      ...cells.map(cellText),
      ...labelColumns.map((k) => labels[k] ?? ''),
      ...(opts.showLabels ? [formatLabels(labels)] : []),
    ];
    lines.push(row.join('\t'));
  }
  return tabwrite(lines.join('\n') + '\n');
}

/** tableprinter printTable: a string cell is cut at its first line break (then "..."), others printed with fmt.Sprint. */
function cellText(cell: Cell): string {
  if (typeof cell !== 'string') return String(cell);
  const i = cell.search(/[\f\n\r]/);
  return escapeTerminal(i >= 0 ? cell.slice(0, i) + '...' : cell);
}

/** printers.WriteEscaped (terminal.go): ESC shows as "^[" and CR as "\\r". */
export function escapeTerminal(s: string): string {
  return s.replace(/\x1b/g, '^[').replace(/\r/g, '\\r');
}
