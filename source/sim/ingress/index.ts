// sim ingress: build an index of Ingresses and IngressClasses once, then match requests by lookups.
export {
  buildIngressIndex, matchIngress, normalizePrefix, prefixMatches, exactMatches,
  normalizeRequestHost, normalizeRequestPath, serviceBackendRef,
} from './match.js';
export type { IngressIndex, IngressRequest, IngressMatch } from './match.js';
export {
  ANNOTATION_INGRESS_CLASS, ANNOTATION_DEFAULT_CLASS, isDefaultClass, chooseDefaultClass,
  classOfIngress, compareIngressOrder, creationTime,
} from './classes.js';
export type {
  Ingress, IngressClass, IngressBackend, IngressRule, IngressSpec, IngressTLS, HTTPIngressPath,
  IngressClassSpec, IngressServiceBackend, IngressResourceBackend, ClassSource,
} from './classes.js';
