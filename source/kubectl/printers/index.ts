// The printer entry point for objects read from the (simulated) API server, as `kubectl
// get` prints them: tables (with -o wide, --show-labels, -A, several kinds), and the
// generic printers over unstructured objects — yaml (keys sorted by go-yaml), json (keys
// sorted by Go), name, jsonpath, custom-columns — which print one object when exactly one
// was asked for by name, else a `kind: List` of them (get.go printGeneric).
import type { KObject } from '../../sim/types.js';
import type { KubectlResult } from '../result.js';
import { errorLine } from '../result.js';
import { kindPrefix, resourceForObject, type ResourceType } from '../resources.js';
import type { OutputFormat } from './output.js';
import { printTables } from './table.js';
import { toGoYaml } from './go-yaml.js';
import { toGoJson } from './go-json.js';
import { JSONPath, JsonPathError } from './jsonpath.js';
import { parseCustomColumns, printCustomColumns } from './custom-columns.js';

export type { OutputFormat } from './output.js';
export { parseOutputFormat, GET_FORMATS, CHANGE_FORMATS } from './output.js';

export interface PrintOptions {
  output: OutputFormat;
  now: Date;
  showLabels?: boolean;
  allNamespaces?: boolean;
  /** prefix table names with "kind/" (default: several types requested); --show-kind sets it */
  withKind?: boolean;
  noHeaders?: boolean;
  labelColumns?: string[];
  /** the request named exactly one object (`get svc web`): generic printers print it, not a List */
  singleItemImplied?: boolean;
  /** for "No resources found in NS namespace." */
  namespace?: string;
  /**
   * The resource types asked for, in request order. Tables follow it; kinds are prefixed
   * when it has more than one type; and "No resources found" leaves out the namespace when
   * one of them is cluster-scoped. Default: the types of `objects`.
   */
  requested?: ResourceType[];
  showManagedFields?: boolean;
}

/** Print what `kubectl get` found. Errors (a bad jsonpath) come back as kubectl prints them. */
export function printObjects(objects: KObject[], opts: PrintOptions): KubectlResult {
  const items = opts.showManagedFields ? objects : objects.map(withoutManagedFields);
  const out = opts.output;
  if (out.kind === 'table' || out.kind === 'wide') {
    const requested = opts.requested ?? [...new Set(items.map((o) => resourceForObject(o)).filter((t): t is ResourceType => !!t))];
    const stdout = printTables(items, {
      now: opts.now, wide: out.kind === 'wide', showLabels: !!opts.showLabels, allNamespaces: !!opts.allNamespaces,
      withKind: opts.withKind ?? requested.length > 1, noHeaders: opts.noHeaders, labelColumns: opts.labelColumns, requested,
    });
    // get.go: nothing written and no errors; allResourcesNamespaced covers every type asked for
    const allNamespaced = !opts.allNamespaces && requested.every((t) => t.namespaced);
    const stderr = stdout === '' ? noResourcesFound({ inNamespace: allNamespaced, namespace: opts.namespace }) : '';
    return { stdout, stderr, exitCode: 0 };
  }
  const single = opts.singleItemImplied && items.length === 1;
  const target: unknown = single ? items[0] : listOf(items);
  switch (out.kind) {
    case 'yaml': return ok(toGoYaml(target));
    case 'json': return ok(toGoJson(target, { sortKeys: true }));
    case 'name': return ok(items.map((o) => nameOf(o) + '\n').join(''));
    case 'jsonpath': return printJsonPath(target, out.template);
    case 'custom-columns': {
      const cols = parseCustomColumns(out.spec);
      if (!cols.ok) return { stdout: '', stderr: errorLine(cols.error), exitCode: 1 };
      try {
        return ok(printCustomColumns(single ? [items[0]] : items, cols.columns, opts.noHeaders));
      } catch (e) {
        if (e instanceof JsonPathError) return { stdout: '', stderr: errorLine(e.message), exitCode: 1 };
        throw e;
      }
    }
  }
}

/** "No resources found in NS namespace.", or "No resources found" (-A, or a cluster-scoped type asked for). */
export function noResourcesFound(opts: { inNamespace: boolean; namespace?: string }): string {
  return opts.inNamespace ? `No resources found in ${opts.namespace ?? 'default'} namespace.\n` : 'No resources found\n';
}

/** The List kubectl prints several objects as (get.go printGeneric). */
export function listOf(items: KObject[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

/** `-o name`: "service/web", "deployment.apps/web". */
export function nameOf(obj: KObject): string {
  const rt = resourceForObject(obj);
  const prefix = rt ? kindPrefix(rt) : kindPrefix({ kind: obj.kind, group: obj.apiVersion?.includes('/') ? obj.apiVersion.split('/')[0] : '' });
  return `${prefix}/${obj.metadata.name ?? ''}`;
}

/** `-o jsonpath=TEMPLATE` over one object or a List; no newline is added. */
export function printJsonPath(target: unknown, template: string): KubectlResult {
  const jp = new JSONPath('out');
  jp.allowMissingKeys = true;
  try {
    jp.parse(template);
  } catch (e) {
    if (e instanceof JsonPathError) return { stdout: '', stderr: errorLine(`error parsing jsonpath ${template}, ${e.message}`), exitCode: 1 };
    throw e;
  }
  try {
    return ok(jp.execute(target));
  } catch (e) {
    if (e instanceof JsonPathError) {
      const detail = `Error executing template: ${e.message}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${template}\n\tobject given to jsonpath engine was:\n\t\t${JSON.stringify(target)}\n\n`;
      return { stdout: '', stderr: errorLine(`error executing jsonpath ${JSON.stringify(template)}: ${detail}`), exitCode: 1 };
    }
    throw e;
  }
}

function ok(stdout: string): KubectlResult {
  return { stdout, stderr: '', exitCode: 0 };
}

/** --show-managed-fields=false: metadata.managedFields is left out of yaml/json. */
function withoutManagedFields(obj: KObject): KObject {
  if (!obj.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _drop, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}
