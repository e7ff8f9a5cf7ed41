// Ingress classes: which IngressClass is the default, which class an Ingress asks for, and the
// order in which a controller reads Ingresses. Pure functions over API objects.
import type { KObject } from '../types.js';

export interface IngressServiceBackend { name?: string; port?: { number?: number; name?: string } }
export interface IngressResourceBackend { apiGroup?: string; kind?: string; name?: string }
export interface IngressBackend { service?: IngressServiceBackend; resource?: IngressResourceBackend }
export interface HTTPIngressPath { path?: string; pathType?: string; backend?: IngressBackend }
export interface IngressRule { host?: string; http?: { paths?: HTTPIngressPath[] } }
export interface IngressTLS { hosts?: string[]; secretName?: string }
export interface IngressSpec {
  ingressClassName?: string;
  defaultBackend?: IngressBackend;
  rules?: IngressRule[];
  tls?: IngressTLS[];
  [k: string]: unknown;
}
export interface Ingress extends KObject { kind: 'Ingress'; spec?: IngressSpec }
export interface IngressClassSpec {
  controller?: string;
  parameters?: { apiGroup?: string; kind?: string; name?: string; scope?: string; namespace?: string };
  [k: string]: unknown;
}
export interface IngressClass extends KObject { kind: 'IngressClass'; spec?: IngressClassSpec }

// networking/v1 AnnotationIngressClass: the legacy class annotation, read when spec.ingressClassName is unset.
export const ANNOTATION_INGRESS_CLASS = 'kubernetes.io/ingress.class';
// networking/v1 AnnotationIsDefaultIngressClass.
export const ANNOTATION_DEFAULT_CLASS = 'ingressclass.kubernetes.io/is-default-class';

/** A class counts as default only when the annotation is exactly "true"
 *  (plugin/pkg/admission/network/defaultingressclass: `== "true"`, so "True" or "yes" do not count). */
export function isDefaultClass(c: IngressClass): boolean {
  return c.metadata?.annotations?.[ANNOTATION_DEFAULT_CLASS] === 'true';
}

/** Milliseconds of metadata.creationTimestamp; a missing or unparsable one counts as "now" (after every stamped object). */
export function creationTime(o: KObject): number {
  const t = o.metadata?.creationTimestamp;
  if (!t) return Number.POSITIVE_INFINITY;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/**
 * The default IngressClass the admission plugin would assign. With several marked default it
 * picks the newest (latest creationTimestamp), ties broken by name ascending
 * (defaultingressclass admission getDefaultClass, kubernetes#110974, v1.25+).
 */
export function chooseDefaultClass(classes: readonly IngressClass[]): { chosen: IngressClass | null; marked: IngressClass[] } {
  const marked = classes.filter(isDefaultClass);
  if (marked.length === 0) return { chosen: null, marked };
  const sorted = [...marked].sort((a, b) => {
    const ta = creationTime(a), tb = creationTime(b);
    if (ta === tb) return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : (a.metadata.name ?? '') > (b.metadata.name ?? '') ? 1 : 0;
    return ta > tb ? -1 : 1;
  });
  return { chosen: sorted[0]!, marked };
}

export type ClassSource = 'ingressClassName' | 'annotation' | 'none';

/**
 * The class an Ingress asks for. spec.ingressClassName wins over the legacy annotation, as in
 * ingress-nginx's store GetIngressClass (field first, then annotation); the API server rejects a
 * new Ingress where both are set and differ (ValidateIngressCreate).
 */
export function classOfIngress(ing: Ingress): { name: string | null; via: ClassSource } {
  const field = ing.spec?.ingressClassName;
  if (typeof field === 'string' && field !== '') return { name: field, via: 'ingressClassName' };
  const ann = ing.metadata?.annotations?.[ANNOTATION_INGRESS_CLASS];
  if (typeof ann === 'string' && ann !== '') return { name: ann, via: 'annotation' };
  return { name: null, via: 'none' };
}

/**
 * The order a controller reads Ingresses in, which decides conflicts (the first wins):
 * ingress-nginx sortIngressSlice (internal/ingress/controller/store/store.go) sorts by
 * creationTimestamp ascending and, on equal timestamps, by "namespace/name" *descending*
 * (its less function returns `in > jn`). Timestamps have one-second resolution, so objects
 * created by one `kubectl apply -f` often tie. A missing timestamp counts as "now": after every
 * stamped Ingress, and two unstamped ones tie, so they too go by namespace/name descending.
 */
export function compareIngressOrder(a: Ingress, b: Ingress): number {
  const ta = creationTime(a), tb = creationTime(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  const ka = `${a.metadata.namespace ?? 'default'}/${a.metadata.name ?? ''}`;
  const kb = `${b.metadata.namespace ?? 'default'}/${b.metadata.name ?? ''}`;
  return ka > kb ? -1 : ka < kb ? 1 : 0;
}
