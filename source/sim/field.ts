// Field errors as apimachinery reports them (k8s.io/apimachinery/pkg/util/validation/field):
// a path, a type from a closed set, the bad value and a detail. Errors are values, never thrown.

export type ErrorType =
  | 'Required value' | 'Invalid value' | 'Unsupported value' | 'Duplicate value'
  | 'Forbidden' | 'Not found' | 'Too many' | 'Too long' | 'Internal error';

export interface FieldError { field: string; type: ErrorType; value?: unknown; detail: string }

export class FieldPath {
  private constructor(private readonly text: string) {}
  static root(name: string): FieldPath { return new FieldPath(name); }
  child(name: string, ...more: string[]): FieldPath {
    let t = this.text ? `${this.text}.${name}` : name;
    for (const m of more) t += `.${m}`;
    return new FieldPath(t);
  }
  index(i: number): FieldPath { return new FieldPath(`${this.text}[${i}]`); }
  key(k: string): FieldPath { return new FieldPath(`${this.text}[${k}]`); }
  toString(): string { return this.text; }
}

const mk = (type: ErrorType) => (path: FieldPath, value: unknown, detail = ''): FieldError => ({ field: String(path), type, value, detail });
export const invalid = mk('Invalid value');
export const duplicate = (path: FieldPath, value: unknown): FieldError => ({ field: String(path), type: 'Duplicate value', value, detail: '' });
export const required = (path: FieldPath, detail = ''): FieldError => ({ field: String(path), type: 'Required value', detail });
export const forbidden = (path: FieldPath, detail: string): FieldError => ({ field: String(path), type: 'Forbidden', detail });
export const notFound = (path: FieldPath, value: unknown): FieldError => ({ field: String(path), type: 'Not found', value, detail: '' });
export const tooLong = (path: FieldPath, value: unknown, max: number): FieldError =>
  ({ field: String(path), type: 'Too long', value, detail: `may not be more than ${max} bytes` });
export const tooMany = (path: FieldPath, actual: number, max: number): FieldError =>
  ({ field: String(path), type: 'Too many', value: actual, detail: `must have at most ${max} items` });
export function notSupported(path: FieldPath, value: unknown, valid: string[]): FieldError {
  // field.NotSupported: `supported values: "a", "b"`
  return { field: String(path), type: 'Unsupported value', value, detail: valid.length ? `supported values: ${valid.map((v) => JSON.stringify(v)).join(', ')}` : '' };
}

/**
 * A bad value that field.Error prints with Go's %#v: maps, slices and structs such as
 * `map[string]string{"app":"web"}` or `core.ServicePort{...}` (ErrorBody's fallback branch).
 * `value` is the plain value (what JSON output shows); `goString` is the printed form.
 */
export class GoValue {
  constructor(readonly value: unknown, readonly goString: string) {}
  toString(): string { return this.goString; }
  toJSON(): unknown { return this.value; }
}

/** The line kubectl prints for one error: `spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive`. */
export function formatFieldError(e: FieldError): string {
  // field.Error.ErrorBody(): Required/Forbidden/TooLong/Internal omit the value.
  const omitValue = e.type === 'Required value' || e.type === 'Forbidden' || e.type === 'Too long' || e.type === 'Internal error';
  let s = `${e.field}: ${e.type}`;
  if (!omitValue) s += `: ${formatValue(e.value)}`;
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

function formatValue(v: unknown): string {
  // field.Error: strings are quoted (%q), numbers/bools printed plainly, others as JSON-ish.
  if (v instanceof GoValue) return v.goString;
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
