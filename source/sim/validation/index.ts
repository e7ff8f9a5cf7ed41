// Placeholder until the validation module lands: validateObject(obj) returns the API
// server's field errors for one object (Service, Endpoints, Pod, Namespace, ...).
import type { KObject } from '../types.js';
import type { FieldError } from '../field.js';

export function validateObject(_obj: KObject): FieldError[] {
  return [];
}
