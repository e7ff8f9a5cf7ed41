// Object metadata as the API server checks it on create (Kubernetes v1.32):
// k8s.io/apimachinery/pkg/api/validation/objectmeta.go.
import { FieldPath, invalid, required, tooLong, type FieldError } from '../field.js';
import type { ObjectMeta } from '../types.js';
import { isQualifiedName, validateLabels } from './labels.js';
import { byteLength, validateNamespaceName, type NameFn } from './names.js';

/** TotalAnnotationSizeLimitB (objectmeta.go): 256 kB */
export const TotalAnnotationSizeLimitB = 256 * (1 << 10);

/** ValidateAnnotations (objectmeta.go): keys are qualified names, case ignored; total size limited. */
export function validateAnnotations(annotations: Record<string, string> | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, msg));
    size += byteLength(k) + byteLength(String(v));
  }
  if (size > TotalAnnotationSizeLimitB) errs.push(tooLong(path, '', TotalAnnotationSizeLimitB));
  return errs;
}

/**
 * ValidateObjectMeta / ValidateObjectMetaAccessor (objectmeta.go), as run on create.
 * The API server generates a name from generateName before validating, so a missing name
 * with a generateName is not reported; the generateName itself is checked as a prefix.
 */
export function validateObjectMeta(meta: ObjectMeta | undefined, requiresNamespace: boolean, nameFn: NameFn, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const m = meta ?? {};
  const generateName = m.generateName ?? '';
  const name = m.name ?? '';
  if (generateName) for (const msg of nameFn(generateName, true)) errs.push(invalid(path.child('generateName'), generateName, msg));
  // ValidateObjectMetaAccessor: "name or generateName is required"
  if (!name) {
    if (!generateName) errs.push(required(path.child('name'), 'name or generateName is required'));
  } else {
    for (const msg of nameFn(name, false)) errs.push(invalid(path.child('name'), name, msg));
  }
  // validateObjectMetaAccessorWithOptsCommon: namespaced kinds need a valid namespace name.
  // (For cluster-scoped kinds the registry clears metadata.namespace before validating, in
  // rest.BeforeCreate, so "not allowed on this type" cannot be reached through the API.)
  if (requiresNamespace) {
    const ns = m.namespace ?? '';
    if (!ns) errs.push(required(path.child('namespace'), ''));
    else for (const msg of validateNamespaceName(ns, false)) errs.push(invalid(path.child('namespace'), ns, msg));
  }
  errs.push(...validateLabels(m.labels, path.child('labels')));
  errs.push(...validateAnnotations(m.annotations, path.child('annotations')));
  return errs;
}
