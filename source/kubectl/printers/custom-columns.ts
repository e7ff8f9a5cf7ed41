// `-o custom-columns=HEADER:PATH,...` (kubectl pkg/cmd/get/customcolumn.go): headers as
// given, one row per object, each cell the values the (relaxed) jsonpath finds joined by
// ",", "<none>" when it finds nothing; aligned by the tabwriter.
import { JSONPath, JsonPathError, goSprint } from './jsonpath.js';
import { tabwrite } from './tabwriter.js';
import { escapeTerminal } from './table.js';

export interface Column { header: string; fieldSpec: string }

export type ParsedColumns = { ok: true; columns: Column[] } | { ok: false; error: string };

export function parseCustomColumns(spec: string): ParsedColumns {
  if (spec.length === 0) return { ok: false, error: 'custom-columns format specified but no custom columns given' };
  const columns: Column[] = [];
  for (const part of spec.split(',')) {
    const i = part.indexOf(':');
    if (i < 0) return { ok: false, error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    const relaxed = relaxedJSONPathExpression(part.slice(i + 1));
    if (relaxed === undefined) return { ok: false, error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'" };
    columns.push({ header: part.slice(0, i), fieldSpec: relaxed });
  }
  return { ok: true, columns };
}

/** get.RelaxedJSONPathExpression: "a.b", ".a.b", "{a.b}" and "{.a.b}" all mean "{.a.b}". */
export function relaxedJSONPathExpression(path: string): string | undefined {
  if (path.length === 0) return path;
  const m = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(path);
  if (!m) return undefined;
  return `{.${m[1] ?? m[2]}}`;
}

/** Print objects (a list's items, or one object) as columns; throws JsonPathError on a bad path. */
export function printCustomColumns(objects: unknown[], columns: Column[], noHeaders = false): string {
  const parsers = columns.map((c, ix) => {
    const p = new JSONPath(`column${ix}`);
    p.allowMissingKeys = true;
    p.parse(c.fieldSpec);
    return p;
  });
  const lines: string[] = [];
  if (!noHeaders) lines.push(columns.map((c) => c.header).join('\t'));
  for (const obj of objects) {
    lines.push(parsers.map((p) => {
      const values = p.findResults(obj);
      const strings: string[] = [];
      if (values.length === 0 || values[0].length === 0) strings.push('<none>');
      for (const arr of values) for (const v of arr) strings.push(escapeTerminal(goSprint(v)));
      return strings.join(',');
    }).join('\t'));
  }
  return tabwrite(lines.join('\n') + '\n');
}

export { JsonPathError };
