// Gateway API objects (gateway.networking.k8s.io/v1 GatewayClass, Gateway, HTTPRoute;
// v1beta1 ReferenceGrant), the fields the simulator reads (apis/v1/*_types.go).
import type { KObject, LabelSelector } from '../types.js';

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';

export interface GatewayClass extends KObject {
  kind: 'GatewayClass';
  spec: { controllerName?: string; description?: string; [k: string]: unknown };
}

export interface RouteGroupKind { group?: string; kind: string }

export interface Listener {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  tls?: { mode?: 'Terminate' | 'Passthrough'; certificateRefs?: Array<{ group?: string; kind?: string; name: string; namespace?: string }> };
  allowedRoutes?: {
    namespaces?: { from?: 'Same' | 'All' | 'Selector'; selector?: LabelSelector };
    kinds?: RouteGroupKind[];
  };
}

export interface Gateway extends KObject {
  kind: 'Gateway';
  spec: { gatewayClassName: string; listeners: Listener[]; addresses?: Array<{ type?: string; value: string }>; [k: string]: unknown };
  status?: { addresses?: Array<{ type?: string; value: string }>; [k: string]: unknown };
}

export interface ParentRef { group?: string; kind?: string; namespace?: string; name: string; sectionName?: string; port?: number }

export interface HTTPHeaderMatch { type?: 'Exact' | 'RegularExpression'; name: string; value: string }
export interface HTTPQueryParamMatch { type?: 'Exact' | 'RegularExpression'; name: string; value: string }
export interface HTTPRouteMatch {
  path?: { type?: 'Exact' | 'PathPrefix' | 'RegularExpression'; value?: string };
  headers?: HTTPHeaderMatch[];
  queryParams?: HTTPQueryParamMatch[];
  method?: string;
}

export interface HTTPHeader { name: string; value: string }
export interface HTTPPathModifier { type: 'ReplaceFullPath' | 'ReplacePrefixMatch'; replaceFullPath?: string; replacePrefixMatch?: string }
export interface HTTPRouteFilter {
  type: 'RequestHeaderModifier' | 'ResponseHeaderModifier' | 'RequestRedirect' | 'URLRewrite' | 'RequestMirror' | 'ExtensionRef';
  requestHeaderModifier?: { set?: HTTPHeader[]; add?: HTTPHeader[]; remove?: string[] };
  requestRedirect?: { scheme?: 'http' | 'https'; hostname?: string; path?: HTTPPathModifier; port?: number; statusCode?: number };
  urlRewrite?: { hostname?: string; path?: HTTPPathModifier };
  [k: string]: unknown;
}

export interface BackendRef { group?: string; kind?: string; name: string; namespace?: string; port?: number; weight?: number; filters?: HTTPRouteFilter[] }

export interface HTTPRouteRule { name?: string; matches?: HTTPRouteMatch[]; filters?: HTTPRouteFilter[]; backendRefs?: BackendRef[] }

export interface HTTPRoute extends KObject {
  kind: 'HTTPRoute';
  spec: { parentRefs?: ParentRef[]; hostnames?: string[]; rules?: HTTPRouteRule[]; [k: string]: unknown };
}

export interface ReferenceGrant extends KObject {
  kind: 'ReferenceGrant';
  spec: { from: Array<{ group: string; kind: string; namespace: string }>; to: Array<{ group: string; kind: string; name?: string }> };
}

/** A status condition as the Gateway API writes it (metav1.Condition, without times). */
export interface Condition { type: string; status: 'True' | 'False' | 'Unknown'; reason: string; message: string }
