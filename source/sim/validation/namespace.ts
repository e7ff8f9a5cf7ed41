// Namespaces as the API server validates them on create (Kubernetes v1.32): ValidateNamespace
// and validateFinalizerName in pkg/apis/core/validation/validation.go.
import { FieldPath, invalid, type FieldError } from '../field.js';
import type { Namespace } from '../types.js';
import { isQualifiedName } from './labels.js';
import { validateObjectMeta } from './metadata.js';
import { validateNamespaceName } from './names.js';

/** helper.IsStandardFinalizerName: the one finalizer without a domain prefix */
const standardFinalizers = ['kubernetes'];

/** ValidateNamespace: a cluster-scoped object named by a DNS-1123 label (it becomes a DNS label). */
export function validateNamespace(ns: Namespace): FieldError[] {
  const errs = validateObjectMeta(ns.metadata, false, validateNamespaceName, FieldPath.root('metadata'));
  // spec.finalizers: upstream reports each one on the list's path, without an index
  const finalizers = ((ns.spec as { finalizers?: string[] } | undefined)?.finalizers ?? []).map(String);
  const path = FieldPath.root('spec').child('finalizers');
  for (const f of finalizers) {
    for (const msg of isQualifiedName(f)) errs.push(invalid(path, f, msg));
    // validateKubeFinalizerName
    if (!f.includes('/') && !standardFinalizers.includes(f)) {
      errs.push(invalid(path, f, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  }
  return errs;
}
