// The part of the API server's OpenAPI v3 document that `kubectl explain` reads, for the kinds
// of this domain: Service, Ingress, IngressClass, NetworkPolicy, Pod, Endpoints, EndpointSlice
// and Deployment, their specs and the types below them (PodSpec, Container and ObjectMeta with
// the fields of this domain only). Shaped as /openapi/v3 serves it (components.schemas),
// descriptions as the API types document them (k8s.io/api types_swagger_doc_generated.go, enum values included).

export interface Schema {
  description?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  allOf?: Schema[];
  $ref?: string;
  enum?: string[];
  default?: unknown;
  'x-kubernetes-group-version-kind'?: Array<{ group: string; kind: string; version: string }>;
}

const ref = (name: string, description?: string, def?: unknown): Schema =>
  ({ ...(description ? { description } : {}), allOf: [{ $ref: `#/components/schemas/${name}` }], ...(def !== undefined ? { default: def } : {}) });
const str = (description: string, extra: Partial<Schema> = {}): Schema => ({ description, type: 'string', ...extra });
const int = (description: string): Schema => ({ description, type: 'integer', format: 'int32' });
const bool = (description: string): Schema => ({ description, type: 'boolean' });
const strList = (description: string, items: Partial<Schema> = {}): Schema => ({ description, type: 'array', items: { type: 'string', default: '', ...items } });
const list = (description: string, item: string): Schema => ({ description, type: 'array', items: ref(item, undefined, {}) });
const strMap = (description: string): Schema => ({ description, type: 'object', additionalProperties: { type: 'string', default: '' } });
const enumOf = (values: string[], text: string[]) => ({ enum: values, description: text.join('') });

const CORE = 'io.k8s.api.core.v1';
const NET = 'io.k8s.api.networking.v1';
const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';
const APPS = 'io.k8s.api.apps.v1';
const DISC = 'io.k8s.api.discovery.v1';

const API_VERSION = str('APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources');
const KIND = str('Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds');
const METADATA = ref(`${META}.ObjectMeta`, "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata", {});

const PROTOCOL = (description: string): Schema => ({
  type: 'string', default: 'TCP', enum: ['SCTP', 'TCP', 'UDP'],
  description: `${description}\n\nPossible enum values:\n - \`"SCTP"\` is the SCTP protocol.\n - \`"TCP"\` is the TCP protocol.\n - \`"UDP"\` is the UDP protocol.`,
});

const APP_PROTOCOL = "The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:\n\n* Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).\n\n* Kubernetes-defined prefixed names:\n  * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior-\n  * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455\n  * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455\n\n* Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol.";

export const SCHEMAS: Record<string, Schema> = {
  [`${CORE}.Service`]: {
    description: 'Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.',
    type: 'object',
    properties: {
      apiVersion: API_VERSION, kind: KIND, metadata: METADATA,
      spec: ref(`${CORE}.ServiceSpec`, 'Spec defines the behavior of a service. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status', {}),
      status: ref(`${CORE}.ServiceStatus`, 'Most recently observed status of the service. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status', {}),
    },
    'x-kubernetes-group-version-kind': [{ group: '', kind: 'Service', version: 'v1' }],
  },
  [`${CORE}.ServiceSpec`]: {
    description: 'ServiceSpec describes the attributes that a user creates on a service.',
    type: 'object',
    properties: {
      allocateLoadBalancerNodePorts: bool('allocateLoadBalancerNodePorts defines if NodePorts will be automatically allocated for services with type LoadBalancer.  Default is "true". It may be set to "false" if the cluster load-balancer does not rely on NodePorts.  If the caller requests specific NodePorts (by specifying a value), those requests will be respected, regardless of this field. This field may only be set for services with type LoadBalancer and will be cleared if the type is changed to any other type.'),
      clusterIP: str('clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be blank) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are "None", empty string (""), or a valid IP address. Setting this to "None" makes a "headless service" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies'),
      clusterIPs: strList('ClusterIPs is a list of IP addresses assigned to this service, and are usually assigned randomly.  If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be empty) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are "None", empty string (""), or a valid IP address.  Setting this to "None" makes a "headless service" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName.  If this field is not specified, it will be initialized from the clusterIP field.  If this field is specified, clients must ensure that clusterIPs[0] and clusterIP have the same value.\n\nThis field may hold a maximum of two entries (dual-stack IPs, in either order). These IPs must correspond to the values of the ipFamilies field. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies'),
      externalIPs: strList('externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.  These IPs are not managed by Kubernetes.  The user is responsible for ensuring that traffic arrives at a node with this IP.  A common example is external load-balancers that are not part of the Kubernetes system.'),
      externalName: str('externalName is the external reference that discovery mechanisms will return as an alias for this service (e.g. a DNS CNAME record). No proxying will be involved.  Must be a lowercase RFC-1123 hostname (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".'),
      externalTrafficPolicy: str('', enumOf(['Cluster', 'Local'], ['externalTrafficPolicy describes how nodes distribute service traffic they receive on one of the Service\'s "externally-facing" addresses (NodePorts, ExternalIPs, and LoadBalancer IPs). If set to "Local", the proxy will configure the service in a way that assumes that external load balancers will take care of balancing the service traffic between nodes, and so each node will deliver traffic only to the node-local endpoints of the service, without masquerading the client source IP. (Traffic mistakenly sent to a node with no endpoints will be dropped.) The default value, "Cluster", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features). Note that traffic sent to an External IP or LoadBalancer IP from within the cluster will always get "Cluster" semantics, but clients sending to a NodePort from within the cluster may need to take traffic policy into account when picking a node.', '\n\nPossible enum values:\n - `"Cluster"` routes traffic to all endpoints.\n - `"Local"` preserves the source IP of the traffic by routing only to endpoints on the same node as the traffic was received on (dropping the traffic if there are no local endpoints).'])),
      healthCheckNodePort: int('healthCheckNodePort specifies the healthcheck nodePort for the service. This only applies when type is set to LoadBalancer and externalTrafficPolicy is set to Local. If a value is specified, is in-range, and is not in use, it will be used.  If not specified, a value will be automatically allocated.  External systems (e.g. load-balancers) can use this port to determine if a given node holds endpoints for this service or not.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type). This field cannot be updated once set.'),
      internalTrafficPolicy: str('', enumOf(['Cluster', 'Local'], ['InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP. If set to "Local", the proxy will assume that pods only want to talk to endpoints of the service on the same node as the pod, dropping the traffic if there are no local endpoints. The default value, "Cluster", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features).', '\n\nPossible enum values:\n - `"Cluster"` routes traffic to all endpoints.\n - `"Local"` routes traffic only to endpoints on the same node as the client pod (dropping the traffic if there are no local endpoints).'])),
      ipFamilies: strList('IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this service. This field is usually assigned automatically based on cluster configuration and the ipFamilyPolicy field. If this field is specified manually, the requested family is available in the cluster, and ipFamilyPolicy allows it, it will be used; otherwise creation of the service will fail. This field is conditionally mutable: it allows for adding or removing a secondary IP family, but it does not allow changing the primary IP family of the Service. Valid values are "IPv4" and "IPv6".  This field only applies to Services of types ClusterIP, NodePort, and LoadBalancer, and does apply to "headless" services. This field will be wiped when updating a Service to type ExternalName.\n\nThis field may hold a maximum of two entries (dual-stack families, in either order).  These families must correspond to the values of the clusterIPs field, if specified. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field.', { enum: ['', 'IPv4', 'IPv6'] }),
      ipFamilyPolicy: str('', enumOf(['PreferDualStack', 'RequireDualStack', 'SingleStack'], ['IPFamilyPolicy represents the dual-stack-ness requested or required by this Service. If there is no value provided, then this field will be set to SingleStack. Services can be "SingleStack" (a single IP family), "PreferDualStack" (two IP families on dual-stack configured clusters or a single IP family on single-stack clusters), or "RequireDualStack" (two IP families on dual-stack configured clusters, otherwise fail). The ipFamilies and clusterIPs fields depend on the value of this field. This field will be wiped when updating a service to type ExternalName.', '\n\nPossible enum values:\n - `"PreferDualStack"` indicates that this service prefers dual-stack when the cluster is configured for dual-stack. If the cluster is not configured for dual-stack the service will be assigned a single IPFamily. If the IPFamily is not set in service.spec.ipFamilies then the service will be assigned the default IPFamily configured on the cluster\n - `"RequireDualStack"` indicates that this service requires dual-stack. Using IPFamilyPolicyRequireDualStack on a single stack cluster will result in validation errors. The IPFamilies (and their order) assigned to this service is based on service.spec.ipFamilies. If service.spec.ipFamilies was not provided then it will be assigned according to how they are configured on the cluster. If service.spec.ipFamilies has only one entry then the alternative IPFamily will be added by apiserver\n - `"SingleStack"` indicates that this service is required to have a single IPFamily. The IPFamily assigned is based on the default IPFamily used by the cluster or as identified by service.spec.ipFamilies field'])),
      loadBalancerClass: str("loadBalancerClass is the class of the load balancer implementation this Service belongs to. If specified, the value of this field must be a label-style identifier, with an optional prefix, e.g. \"internal-vip\" or \"example.com/internal-vip\". Unprefixed names are reserved for end-users. This field can only be set when the Service type is 'LoadBalancer'. If not set, the default load balancer implementation is used, today this is typically done through the cloud provider integration, but should apply for any default implementation. If set, it is assumed that a load balancer implementation is watching for Services with a matching class. Any default load balancer implementation (e.g. cloud providers) should ignore Services that set this field. This field can only be set when creating or updating a Service to type 'LoadBalancer'. Once set, it can not be changed. This field will be wiped when a service is updated to a non 'LoadBalancer' type."),
      loadBalancerIP: str('Only applies to Service Type: LoadBalancer. This feature depends on whether the underlying cloud-provider supports specifying the loadBalancerIP when a load balancer is created. This field will be ignored if the cloud-provider does not support the feature. Deprecated: This field was under-specified and its meaning varies across implementations. Using it is non-portable and it may not support dual-stack. Users are encouraged to use implementation-specific annotations when available.'),
      loadBalancerSourceRanges: strList('If specified and supported by the platform, this will restrict traffic through the cloud-provider load-balancer will be restricted to the specified client IPs. This field will be ignored if the cloud-provider does not support the feature." More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/'),
      ports: list('The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies', `${CORE}.ServicePort`),
      publishNotReadyAddresses: bool('publishNotReadyAddresses indicates that any agent which deals with endpoints for this Service should disregard any indications of ready/not-ready. The primary use case for setting this field is for a StatefulSet\'s Headless Service to propagate SRV DNS records for its Pods for the purpose of peer discovery. The Kubernetes controllers that generate Endpoints and EndpointSlice resources for Services interpret this to mean that all endpoints are considered "ready" even if the Pods themselves are not. Agents which consume only Kubernetes generated endpoints through the Endpoints or EndpointSlice resources can safely assume this behavior.'),
      selector: strMap('Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/'),
      sessionAffinity: str('', enumOf(['ClientIP', 'None'], ['Supports "ClientIP" and "None". Used to maintain session affinity. Enable client IP based session affinity. Must be ClientIP or None. Defaults to None. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies', '\n\nPossible enum values:\n - `"ClientIP"` is the Client IP based.\n - `"None"` - no session affinity.'])),
      sessionAffinityConfig: ref(`${CORE}.SessionAffinityConfig`, 'sessionAffinityConfig contains the configurations of session affinity.'),
      trafficDistribution: str('TrafficDistribution offers a way to express preferences for how traffic is distributed to Service endpoints. Implementations can use this field as a hint, but are not required to guarantee strict adherence. If the field is not set, the implementation will apply its default routing strategy. If set to "PreferClose", implementations should prioritize endpoints that are topologically close (e.g., same zone). This is a beta field and requires enabling ServiceTrafficDistribution feature.'),
      type: str('', enumOf(['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'], ['type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer. "ClusterIP" allocates a cluster-internal IP address for load-balancing to endpoints. Endpoints are determined by the selector or if that is not specified, by manual construction of an Endpoints object or EndpointSlice objects. If clusterIP is "None", no virtual IP is allocated and the endpoints are published as a set of endpoints rather than a virtual IP. "NodePort" builds on ClusterIP and allocates a port on every node which routes to the same endpoints as the clusterIP. "LoadBalancer" builds on NodePort and creates an external load-balancer (if supported in the current cloud) which routes to the same endpoints as the clusterIP. "ExternalName" aliases this service to the specified externalName. Several other fields do not apply to ExternalName services. More info: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types', '\n\nPossible enum values:\n - `"ClusterIP"` means a service will only be accessible inside the cluster, via the cluster IP.\n - `"ExternalName"` means a service consists of only a reference to an external name that kubedns or equivalent will return as a CNAME record, with no exposing or proxying of any pods involved.\n - `"LoadBalancer"` means a service will be exposed via an external load balancer (if the cloud provider supports it), in addition to \'NodePort\' type.\n - `"NodePort"` means a service will be exposed on one port of every node, in addition to \'ClusterIP\' type.'])),
    },
  },
  [`${CORE}.ServicePort`]: {
    description: "ServicePort contains information on service's port.",
    type: 'object',
    required: ['port'],
    properties: {
      appProtocol: str(APP_PROTOCOL),
      name: str("The name of this port within the service. This must be a DNS_LABEL. All ports within a ServiceSpec must have unique names. When considering the endpoints for a Service, this must match the 'name' field in the EndpointPort. Optional if only one ServicePort is defined on this service."),
      nodePort: int('The port on each node on which this service is exposed when type is NodePort or LoadBalancer.  Usually assigned by the system. If a value is specified, in-range, and not in use it will be used, otherwise the operation will fail.  If not specified, a port will be allocated if this Service requires one.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type from NodePort to ClusterIP). More info: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport'),
      port: { ...int('The port that will be exposed by this service.'), default: 0 },
      protocol: PROTOCOL('The IP protocol for this port. Supports "TCP", "UDP", and "SCTP". Default is TCP.'),
      targetPort: ref('io.k8s.apimachinery.pkg.util.intstr.IntOrString', "Number or name of the port to access on the pods targeted by the service. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME. If this is a string, it will be looked up as a named port in the target Pod's container ports. If this is not specified, the value of the 'port' field is used (an identity map). This field is ignored for services with clusterIP=None, and should be omitted or set equal to the 'port' field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service"),
    },
  },
  [`${CORE}.ServiceStatus`]: {
    description: 'ServiceStatus represents the current status of a service.',
    type: 'object',
    properties: {
      conditions: list('Current service state', `${META}.Condition`),
      loadBalancer: ref(`${CORE}.LoadBalancerStatus`, 'LoadBalancer contains the current status of the load-balancer, if one is present.', {}),
    },
  },
  [`${CORE}.SessionAffinityConfig`]: {
    description: 'SessionAffinityConfig represents the configurations of session affinity.',
    type: 'object',
    properties: { clientIP: ref(`${CORE}.ClientIPConfig`, 'clientIP contains the configurations of Client IP based session affinity.') },
  },
  [`${CORE}.ClientIPConfig`]: {
    description: 'ClientIPConfig represents the configurations of Client IP based session affinity.',
    type: 'object',
    properties: { timeoutSeconds: int('timeoutSeconds specifies the seconds of ClientIP type session sticky time. The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP". Default value is 10800(for 3 hours).') },
  },
  [`${CORE}.LoadBalancerStatus`]: {
    description: 'LoadBalancerStatus represents the status of a load-balancer.',
    type: 'object',
    properties: { ingress: list('Ingress is a list containing ingress points for the load-balancer. Traffic intended for the service should be sent to these ingress points.', `${CORE}.LoadBalancerIngress`) },
  },
  [`${CORE}.LoadBalancerIngress`]: {
    description: 'LoadBalancerIngress represents the status of a load-balancer ingress point: traffic intended for the service should be sent to an ingress point.',
    type: 'object',
    properties: {
      hostname: str('Hostname is set for load-balancer ingress points that are DNS based (typically AWS load-balancers)'),
      ip: str('IP is set for load-balancer ingress points that are IP based (typically GCE or OpenStack load-balancers)'),
    },
  },
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': {
    description: 'IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.',
    type: 'string', format: 'int-or-string',
  },
  [`${NET}.Ingress`]: {
    description: 'Ingress is a collection of rules that allow inbound connections to reach the endpoints defined by a backend. An Ingress can be configured to give services externally-reachable urls, load balance traffic, terminate SSL, offer name based virtual hosting etc.',
    type: 'object',
    properties: {
      apiVersion: API_VERSION, kind: KIND, metadata: METADATA,
      spec: ref(`${NET}.IngressSpec`, 'spec is the desired state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status', {}),
      status: ref(`${NET}.IngressStatus`, 'status is the current state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status', {}),
    },
    'x-kubernetes-group-version-kind': [{ group: 'networking.k8s.io', kind: 'Ingress', version: 'v1' }],
  },
  [`${NET}.IngressSpec`]: {
    description: 'IngressSpec describes the Ingress the user wishes to exist.',
    type: 'object',
    properties: {
      defaultBackend: ref(`${NET}.IngressBackend`, "defaultBackend is the backend that should handle requests that don't match any rule. If Rules are not specified, DefaultBackend must be specified. If DefaultBackend is not set, the handling of requests that do not match any of the rules will be up to the Ingress controller."),
      ingressClassName: str('ingressClassName is the name of an IngressClass cluster resource. Ingress controller implementations use this field to know whether they should be serving this Ingress resource, by a transitive connection (controller -> IngressClass -> Ingress resource). Although the `kubernetes.io/ingress.class` annotation (simple constant name) was never formally defined, it was widely supported by Ingress controllers to create a direct binding between Ingress controller and Ingress resources. Newly created Ingress resources should prefer using the field. However, even though the annotation is officially deprecated, for backwards compatibility reasons, ingress controllers should still honor that annotation if present.'),
      rules: list('rules is a list of host rules used to configure the Ingress. If unspecified, or no rule matches, all traffic is sent to the default backend.', `${NET}.IngressRule`),
      tls: list('tls represents the TLS configuration. Currently the Ingress only supports a single TLS port, 443. If multiple members of this list specify different hosts, they will be multiplexed on the same port according to the hostname specified through the SNI TLS extension, if the ingress controller fulfilling the ingress supports SNI.', `${NET}.IngressTLS`),
    },
  },
  [`${NET}.IngressRule`]: {
    description: 'IngressRule represents the rules mapping the paths under a specified host to the related backend services. Incoming requests are first evaluated for a host match, then routed to the backend associated with the matching IngressRuleValue.',
    type: 'object',
    properties: {
      host: str('host is the fully qualified domain name of a network host, as defined by RFC 3986. Note the following deviations from the "host" part of the URI as defined in RFC 3986: 1. IPs are not allowed. Currently an IngressRuleValue can only apply to\n   the IP in the Spec of the parent Ingress.\n2. The `:` delimiter is not respected because ports are not allowed.\n\t  Currently the port of an Ingress is implicitly :80 for http and\n\t  :443 for https.\nBoth these may change in the future. Incoming requests are matched against the host before the IngressRuleValue. If the host is unspecified, the Ingress routes all traffic based on the specified IngressRuleValue.\n\nhost can be "precise" which is a domain name without the terminating dot of a network host (e.g. "foo.bar.com") or "wildcard", which is a domain name prefixed with a single wildcard label (e.g. "*.foo.com"). The wildcard character \'*\' must appear by itself as the first DNS label and matches only a single label. You cannot have a wildcard label by itself (e.g. Host == "*"). Requests will be matched against the Host field in the following way: 1. If host is precise, the request matches this rule if the http host header is equal to Host. 2. If host is a wildcard, then the request matches this rule if the http host header is to equal to the suffix (removing the first label) of the wildcard rule.'),
      http: ref(`${NET}.HTTPIngressRuleValue`),
    },
  },
  [`${NET}.HTTPIngressRuleValue`]: {
    description: "HTTPIngressRuleValue is a list of http selectors pointing to backends. In the example: http://<host>/<path>?<searchpart> -> backend where where parts of the url correspond to RFC 3986, this resource will be used to match against everything after the last '/' and before the first '?' or '#'.",
    type: 'object',
    required: ['paths'],
    properties: { paths: list('paths is a collection of paths that map requests to backends.', `${NET}.HTTPIngressPath`) },
  },
  [`${NET}.HTTPIngressPath`]: {
    description: 'HTTPIngressPath associates a path with a backend. Incoming urls matching the path are forwarded to the backend.',
    type: 'object',
    required: ['pathType', 'backend'],
    properties: {
      backend: ref(`${NET}.IngressBackend`, 'backend defines the referenced service endpoint to which the traffic will be forwarded to.', {}),
      path: str("path is matched against the path of an incoming request. Currently it can contain characters disallowed from the conventional \"path\" part of a URL as defined by RFC 3986. Paths must begin with a '/' and must be present when using PathType with value \"Exact\" or \"Prefix\"."),
      pathType: str('', enumOf(['Exact', 'ImplementationSpecific', 'Prefix'], ["pathType determines the interpretation of the path matching. PathType can be one of the following values: * Exact: Matches the URL path exactly. * Prefix: Matches based on a URL path prefix split by '/'. Matching is\n  done on a path element by element basis. A path element refers is the\n  list of labels in the path split by the '/' separator. A request is a\n  match for path p if every p is an element-wise prefix of p of the\n  request path. Note that if the last element of the path is a substring\n  of the last element in request path, it is not a match (e.g. /foo/bar\n  matches /foo/bar/baz, but does not match /foo/barbaz).\n* ImplementationSpecific: Interpretation of the Path matching is up to\n  the IngressClass. Implementations can treat this as a separate PathType\n  or treat it identically to Prefix or Exact path types.\nImplementations are required to support all path types.", '\n\nPossible enum values:\n - `"Exact"` matches the URL path exactly and with case sensitivity.\n - `"ImplementationSpecific"` matching is up to the IngressClass. Implementations can treat this as a separate PathType or treat it identically to Prefix or Exact path types.\n - `"Prefix"` matches based on a URL path prefix split by \'/\'. Matching is case sensitive and done on a path element by element basis. A path element refers to the list of labels in the path split by the \'/\' separator. A request is a match for path p if every p is an element-wise prefix of p of the request path. Note that if the last element of the path is a substring of the last element in request path, it is not a match (e.g. /foo/bar matches /foo/bar/baz, but does not match /foo/barbaz). If multiple matching paths exist in an Ingress spec, the longest matching path is given priority. Examples: - /foo/bar does not match requests to /foo/barbaz - /foo/bar matches request to /foo/bar and /foo/bar/baz - /foo and /foo/ both match requests to /foo and /foo/. If both paths are present in an Ingress spec, the longest matching path (/foo/) is given priority.'])),
    },
  },
  [`${NET}.IngressBackend`]: {
    description: 'IngressBackend describes all endpoints for a given service and port.',
    type: 'object',
    properties: {
      resource: ref('io.k8s.api.core.v1.TypedLocalObjectReference', 'resource is an ObjectRef to another Kubernetes resource in the namespace of the Ingress object. If resource is specified, a service.Name and service.Port must not be specified. This is a mutually exclusive setting with "Service".'),
      service: ref(`${NET}.IngressServiceBackend`, 'service references a service as a backend. This is a mutually exclusive setting with "Resource".'),
    },
  },
  [`${NET}.IngressServiceBackend`]: {
    description: 'IngressServiceBackend references a Kubernetes Service as a Backend.',
    type: 'object',
    required: ['name'],
    properties: {
      name: { ...str('name is the referenced service. The service must exist in the same namespace as the Ingress object.'), default: '' },
      port: ref(`${NET}.ServiceBackendPort`, 'port of the referenced service. A port name or port number is required for a IngressServiceBackend.', {}),
    },
  },
  [`${NET}.ServiceBackendPort`]: {
    description: 'ServiceBackendPort is the service port being referenced.',
    type: 'object',
    properties: {
      name: str('name is the name of the port on the Service. This is a mutually exclusive setting with "Number".'),
      number: int('number is the numerical port number (e.g. 80) on the Service. This is a mutually exclusive setting with "Name".'),
    },
  },
  [`${NET}.IngressTLS`]: {
    description: 'IngressTLS describes the transport layer security associated with an ingress.',
    type: 'object',
    properties: {
      hosts: strList('hosts is a list of hosts included in the TLS certificate. The values in this list must match the name/s used in the tlsSecret. Defaults to the wildcard host setting for the loadbalancer controller fulfilling this Ingress, if left unspecified.'),
      secretName: str('secretName is the name of the secret used to terminate TLS traffic on port 443. Field is left optional to allow TLS routing based on SNI hostname alone. If the SNI host in a listener conflicts with the "Host" header field used by an IngressRule, the SNI host is used for termination and value of the "Host" header is used for routing.'),
    },
  },
  [`${NET}.IngressStatus`]: {
    description: 'IngressStatus describe the current state of the Ingress.',
    type: 'object',
    properties: { loadBalancer: ref(`${NET}.IngressLoadBalancerStatus`, 'loadBalancer contains the current status of the load-balancer.', {}) },
  },
  [`${NET}.IngressLoadBalancerStatus`]: {
    description: 'IngressLoadBalancerStatus represents the status of a load-balancer.',
    type: 'object',
    properties: { ingress: list('ingress is a list containing ingress points for the load-balancer.', `${NET}.IngressLoadBalancerIngress`) },
  },
  [`${NET}.IngressLoadBalancerIngress`]: {
    description: 'IngressLoadBalancerIngress represents the status of a load-balancer ingress point.',
    type: 'object',
    properties: {
      hostname: str('hostname is set for load-balancer ingress points that are DNS based.'),
      ip: str('ip is set for load-balancer ingress points that are IP based.'),
    },
  },
  'io.k8s.api.core.v1.TypedLocalObjectReference': {
    description: 'TypedLocalObjectReference contains enough information to let you locate the typed referenced object inside the same namespace.',
    type: 'object',
    required: ['kind', 'name'],
    properties: {
      apiGroup: str('APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.'),
      kind: { ...str('Kind is the type of resource being referenced'), default: '' },
      name: { ...str('Name is the name of resource being referenced'), default: '' },
    },
  },
  [`${NET}.IngressClass`]: {
    description: 'IngressClass represents the class of the Ingress, referenced by the Ingress Spec. The `ingressclass.kubernetes.io/is-default-class` annotation can be used to indicate that an IngressClass should be considered default. When a single IngressClass resource has this annotation set to true, new Ingress resources without a class specified will be assigned this default class.',
    type: 'object',
    properties: {
      apiVersion: API_VERSION, kind: KIND, metadata: METADATA,
      spec: ref(`${NET}.IngressClassSpec`, 'spec is the desired state of the IngressClass. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status', {}),
    },
    'x-kubernetes-group-version-kind': [{ group: 'networking.k8s.io', kind: 'IngressClass', version: 'v1' }],
  },
  [`${NET}.IngressClassSpec`]: {
    description: 'IngressClassSpec provides information about the class of an Ingress.',
    type: 'object',
    properties: {
      controller: str('controller refers to the name of the controller that should handle this class. This allows for different "flavors" that are controlled by the same controller. For example, you may have different parameters for the same implementing controller. This should be specified as a domain-prefixed path no more than 250 characters in length, e.g. "acme.io/ingress-controller". This field is immutable.'),
      parameters: ref(`${NET}.IngressClassParametersReference`, 'parameters is a link to a custom resource containing additional configuration for the controller. This is optional if the controller does not require extra parameters.'),
    },
  },
  [`${NET}.IngressClassParametersReference`]: {
    description: 'IngressClassParametersReference identifies an API object. This can be used to specify a cluster or namespace-scoped resource.',
    type: 'object',
    required: ['kind', 'name'],
    properties: {
      apiGroup: str('apiGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.'),
      kind: { ...str('kind is the type of resource being referenced.'), default: '' },
      name: { ...str('name is the name of resource being referenced.'), default: '' },
      namespace: str('namespace is the namespace of the resource being referenced. This field is required when scope is set to "Namespace" and must be unset when scope is set to "Cluster".'),
      scope: str('scope represents if this refers to a cluster or namespace scoped resource. This may be set to "Cluster" (default) or "Namespace".'),
    },
  },
  [`${NET}.NetworkPolicy`]: {
    description: 'NetworkPolicy describes what network traffic is allowed for a set of Pods',
    type: 'object',
    properties: {
      apiVersion: API_VERSION, kind: KIND, metadata: METADATA,
      spec: ref(`${NET}.NetworkPolicySpec`, 'spec represents the specification of the desired behavior for this NetworkPolicy.', {}),
    },
    'x-kubernetes-group-version-kind': [{ group: 'networking.k8s.io', kind: 'NetworkPolicy', version: 'v1' }],
  },
  [`${NET}.NetworkPolicySpec`]: {
    description: 'NetworkPolicySpec provides the specification of a NetworkPolicy',
    type: 'object',
    properties: {
      egress: list('egress is a list of egress rules to be applied to the selected pods. Outgoing traffic is allowed if there are no NetworkPolicies selecting the pod (and cluster policy otherwise allows the traffic), OR if the traffic matches at least one egress rule across all of the NetworkPolicy objects whose podSelector matches the pod. If this field is empty then this NetworkPolicy limits all outgoing traffic (and serves solely to ensure that the pods it selects are isolated by default). This field is beta-level in 1.8', `${NET}.NetworkPolicyEgressRule`),
      ingress: list("ingress is a list of ingress rules to be applied to the selected pods. Traffic is allowed to a pod if there are no NetworkPolicies selecting the pod (and cluster policy otherwise allows the traffic), OR if the traffic source is the pod's local node, OR if the traffic matches at least one ingress rule across all of the NetworkPolicy objects whose podSelector matches the pod. If this field is empty then this NetworkPolicy does not allow any traffic (and serves solely to ensure that the pods it selects are isolated by default)", `${NET}.NetworkPolicyIngressRule`),
      podSelector: ref(`${META}.LabelSelector`, 'podSelector selects the pods to which this NetworkPolicy object applies. The array of ingress rules is applied to any pods selected by this field. Multiple network policies can select the same set of pods. In this case, the ingress rules for each are combined additively. This field is NOT optional and follows standard label selector semantics. An empty podSelector matches all pods in this namespace.', {}),
      policyTypes: strList('policyTypes is a list of rule types that the NetworkPolicy relates to. Valid options are ["Ingress"], ["Egress"], or ["Ingress", "Egress"]. If this field is not specified, it will default based on the existence of ingress or egress rules; policies that contain an egress section are assumed to affect egress, and all policies (whether or not they contain an ingress section) are assumed to affect ingress. If you want to write an egress-only policy, you must explicitly specify policyTypes [ "Egress" ]. Likewise, if you want to write a policy that specifies that no egress is allowed, you must specify a policyTypes value that include "Egress" (since such a policy would not include an egress section and would otherwise default to just [ "Ingress" ]). This field is beta-level in 1.8', { enum: ['Egress', 'Ingress'] }),
    },
  },
  [`${NET}.NetworkPolicyIngressRule`]: {
    description: "NetworkPolicyIngressRule describes a particular set of traffic that is allowed to the pods matched by a NetworkPolicySpec's podSelector. The traffic must match both ports and from.",
    type: 'object',
    properties: {
      from: list('from is a list of sources which should be able to access the pods selected for this rule. Items in this list are combined using a logical OR operation. If this field is empty or missing, this rule matches all sources (traffic not restricted by source). If this field is present and contains at least one item, this rule allows traffic only if the traffic matches at least one item in the from list.', `${NET}.NetworkPolicyPeer`),
      ports: list('ports is a list of ports which should be made accessible on the pods selected for this rule. Each item in this list is combined using a logical OR. If this field is empty or missing, this rule matches all ports (traffic not restricted by port). If this field is present and contains at least one item, then this rule allows traffic only if the traffic matches at least one port in the list.', `${NET}.NetworkPolicyPort`),
    },
  },
  [`${NET}.NetworkPolicyEgressRule`]: {
    description: "NetworkPolicyEgressRule describes a particular set of traffic that is allowed out of pods matched by a NetworkPolicySpec's podSelector. The traffic must match both ports and to. This type is beta-level in 1.8",
    type: 'object',
    properties: {
      ports: list('ports is a list of destination ports for outgoing traffic. Each item in this list is combined using a logical OR. If this field is empty or missing, this rule matches all ports (traffic not restricted by port). If this field is present and contains at least one item, then this rule allows traffic only if the traffic matches at least one port in the list.', `${NET}.NetworkPolicyPort`),
      to: list('to is a list of destinations for outgoing traffic of pods selected for this rule. Items in this list are combined using a logical OR operation. If this field is empty or missing, this rule matches all destinations (traffic not restricted by destination). If this field is present and contains at least one item, this rule allows traffic only if the traffic matches at least one item in the to list.', `${NET}.NetworkPolicyPeer`),
    },
  },
  [`${NET}.NetworkPolicyPeer`]: {
    description: 'NetworkPolicyPeer describes a peer to allow traffic to/from. Only certain combinations of fields are allowed',
    type: 'object',
    properties: {
      ipBlock: ref(`${NET}.IPBlock`, 'ipBlock defines policy on a particular IPBlock. If this field is set then neither of the other fields can be.'),
      namespaceSelector: ref(`${META}.LabelSelector`, 'namespaceSelector selects namespaces using cluster-scoped labels. This field follows standard label selector semantics; if present but empty, it selects all namespaces.\n\nIf podSelector is also set, then the NetworkPolicyPeer as a whole selects the pods matching podSelector in the namespaces selected by namespaceSelector. Otherwise it selects all pods in the namespaces selected by namespaceSelector.'),
      podSelector: ref(`${META}.LabelSelector`, "podSelector is a label selector which selects pods. This field follows standard label selector semantics; if present but empty, it selects all pods.\n\nIf namespaceSelector is also set, then the NetworkPolicyPeer as a whole selects the pods matching podSelector in the Namespaces selected by NamespaceSelector. Otherwise it selects the pods matching podSelector in the policy's own namespace."),
    },
  },
  [`${NET}.NetworkPolicyPort`]: {
    description: 'NetworkPolicyPort describes a port to allow traffic on',
    type: 'object',
    properties: {
      endPort: int('endPort indicates that the range of ports from port to endPort if set, inclusive, should be allowed by the policy. This field cannot be defined if the port field is not defined or if the port field is defined as a named (string) port. The endPort must be equal or greater than port.'),
      port: ref('io.k8s.apimachinery.pkg.util.intstr.IntOrString', 'port represents the port on the given protocol. This can either be a numerical or named port on a pod. If this field is not provided, this matches all port names and numbers. If present, only traffic on the specified protocol AND port will be matched.'),
      protocol: { ...PROTOCOL('protocol represents the protocol (TCP, UDP, or SCTP) which traffic must match. If not specified, this field defaults to TCP.'), default: undefined },
    },
  },
  [`${NET}.IPBlock`]: {
    description: 'IPBlock describes a particular CIDR (Ex. "192.168.1.0/24","2001:db8::/64") that is allowed to the pods matched by a NetworkPolicySpec\'s podSelector. The except entry describes CIDRs that should not be included within this rule.',
    type: 'object',
    required: ['cidr'],
    properties: {
      cidr: { ...str('cidr is a string representing the IPBlock Valid examples are "192.168.1.0/24" or "2001:db8::/64"'), default: '' },
      except: strList('except is a slice of CIDRs that should not be included within an IPBlock Valid examples are "192.168.1.0/24" or "2001:db8::/64" Except values will be rejected if they are outside the cidr range'),
    },
  },
  // --- Pod (core/v1): the fields of this domain ---------------------------------------------
  [`${CORE}.Pod`]: {
    description: 'Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.',
    type: 'object',
    properties: {
      apiVersion: API_VERSION, kind: KIND, metadata: METADATA,
      spec: ref(`${CORE}.PodSpec`, 'Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status', {}),
      status: ref(`${CORE}.PodStatus`, 'Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status', {}),
    },
    'x-kubernetes-group-version-kind': [{ group: '', kind: 'Pod', version: 'v1' }],
  },
  [`${CORE}.PodSpec`]: {
    description: 'PodSpec is a description of a pod.',
    type: 'object',
    required: ['containers'],
    properties: {
      containers: list('List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.', `${CORE}.Container`),
      dnsPolicy: str('', enumOf(['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'], ['Set DNS policy for the pod. Defaults to "ClusterFirst". Valid values are \'ClusterFirstWithHostNet\', \'ClusterFirst\', \'Default\' or \'None\'. DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set along with hostNetwork, you have to specify DNS policy explicitly to \'ClusterFirstWithHostNet\'.', '\n\nPossible enum values:\n - `"ClusterFirst"` indicates that the pod should use cluster DNS first unless hostNetwork is true, if it is available, then fall back on the default (as determined by kubelet) DNS settings.\n - `"ClusterFirstWithHostNet"` indicates that the pod should use cluster DNS first, if it is available, then fall back on the default (as determined by kubelet) DNS settings.\n - `"Default"` indicates that the pod should use the default (as determined by kubelet) DNS settings.\n - `"None"` indicates that the pod should use empty DNS settings. DNS parameters such as nameservers and search paths should be defined via DNSConfig.'])),
      hostNetwork: bool("Host networking requested for this pod. Use the host's network namespace. If this option is set, the ports that will be used must be specified. Default to false."),
      hostname: str("Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a system-defined value."),
      nodeName: str('NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename'),
      nodeSelector: strMap("NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/"),
      subdomain: str('If specified, the fully qualified Pod hostname will be "<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>". If not specified, the pod will not have a domainname at all.'),
    },
  },
  [`${CORE}.Container`]: {
    description: 'A single application container that you want to run within a pod.',
    type: 'object',
    required: ['name'],
    properties: {
      args: strList('Arguments to the entrypoint. The container image\'s CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell'),
      command: strList('Entrypoint array. Not executed within a shell. The container image\'s ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell'),
      image: str('Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.'),
      name: { ...str('Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.'), default: '' },
      ports: list('List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Modifying this array with strategic merge patch may corrupt the data. For more information See https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.', `${CORE}.ContainerPort`),
    },
  },
  [`${CORE}.ContainerPort`]: {
    description: 'ContainerPort represents a network port in a single container.',
    type: 'object',
    required: ['containerPort'],
    properties: {
      containerPort: { ...int("Number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536."), default: 0 },
      hostIP: str('What host IP to bind the external port to.'),
      hostPort: int('Number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536. If HostNetwork is specified, this must match ContainerPort. Most containers do not need this.'),
      name: str('If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name. Name for the port that can be referred to by services.'),
      protocol: PROTOCOL('Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".'),
    },
  },
  [`${CORE}.PodTemplateSpec`]: {
    description: 'PodTemplateSpec describes the data a pod should have when created from a template',
    type: 'object',
    properties: {
      metadata: METADATA,
      spec: ref(`${CORE}.PodSpec`, 'Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status', {}),
    },
  },
  // --- Endpoints (core/v1) ------------------------------------------------------------------
  [`${CORE}.Endpoints`]: {
    description: 'Endpoints is a collection of endpoints that implement the actual service. Example:\n\n\t Name: "mysvc",\n\t Subsets: [\n\t   {\n\t     Addresses: [{"ip": "10.10.1.1"}, {"ip": "10.10.2.2"}],\n\t     Ports: [{"name": "a", "port": 8675}, {"name": "b", "port": 309}]\n\t   },\n\t   {\n\t     Addresses: [{"ip": "10.10.3.3"}],\n\t     Ports: [{"name": "a", "port": 93}, {"name": "b", "port": 76}]\n\t   },\n\t]',
    type: 'object',
    properties: {
      apiVersion: API_VERSION, kind: KIND, metadata: METADATA,
      subsets: list('The set of all endpoints is the union of all subsets. Addresses are placed into subsets according to the IPs they share. A single address with multiple ports, some of which are ready and some of which are not (because they come from different containers) will result in the address being displayed in different subsets for the different ports. No address will appear in both Addresses and NotReadyAddresses in the same subset. Sets of addresses and ports that comprise a service.', `${CORE}.EndpointSubset`),
    },
    'x-kubernetes-group-version-kind': [{ group: '', kind: 'Endpoints', version: 'v1' }],
  },
  [`${CORE}.EndpointSubset`]: {
    description: 'EndpointSubset is a group of addresses with a common set of ports. The expanded set of endpoints is the Cartesian product of Addresses x Ports. For example, given:\n\n\t{\n\t  Addresses: [{"ip": "10.10.1.1"}, {"ip": "10.10.2.2"}],\n\t  Ports:     [{"name": "a", "port": 8675}, {"name": "b", "port": 309}]\n\t}\n\nThe resulting set of endpoints can be viewed as:\n\n\ta: [ 10.10.1.1:8675, 10.10.2.2:8675 ],\n\tb: [ 10.10.1.1:309, 10.10.2.2:309 ]',
    type: 'object',
    properties: {
      addresses: list('IP addresses which offer the related ports that are marked as ready. These endpoints should be considered safe for load balancers and clients to utilize.', `${CORE}.EndpointAddress`),
      notReadyAddresses: list('IP addresses which offer the related ports but are not currently marked as ready because they have not yet finished starting, have recently failed a readiness check, or have recently failed a liveness check.', `${CORE}.EndpointAddress`),
      ports: list('Port numbers available on the related IP addresses.', `${CORE}.EndpointPort`),
    },
  },
  [`${CORE}.EndpointAddress`]: {
    description: 'EndpointAddress is a tuple that describes single IP address.',
    type: 'object',
    required: ['ip'],
    properties: {
      hostname: str('The Hostname of this endpoint'),
      ip: { ...str('The IP of this endpoint. May not be loopback (127.0.0.0/8 or ::1), link-local (169.254.0.0/16 or fe80::/10), or link-local multicast (224.0.0.0/24 or ff02::/16).'), default: '' },
      nodeName: str('Optional: Node hosting this endpoint. This can be used to determine endpoints local to a node.'),
      targetRef: ref(`${CORE}.ObjectReference`, 'Reference to object providing the endpoint.'),
    },
  },
  [`${CORE}.EndpointPort`]: {
    description: 'EndpointPort is a tuple that describes a single port.',
    type: 'object',
    required: ['port'],
    properties: {
      appProtocol: str(APP_PROTOCOL),
      name: str("The name of this port.  This must match the 'name' field in the corresponding ServicePort. Must be a DNS_LABEL. Optional only if one port is defined."),
      port: { ...int('The port number of the endpoint.'), default: 0 },
      protocol: { ...PROTOCOL('The IP protocol for this port. Must be UDP, TCP, or SCTP. Default is TCP.'), default: undefined },
    },
  },
  [`${CORE}.ObjectReference`]: {
    description: 'ObjectReference contains enough information to let you inspect or modify the referred object.',
    type: 'object',
    properties: {
      apiVersion: str('API version of the referent.'),
      fieldPath: str('If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object.'),
      kind: str('Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds'),
      name: str('Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names'),
      namespace: str('Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/'),
      resourceVersion: str('Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency'),
      uid: str('UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids'),
    },
  },
  // --- EndpointSlice (discovery.k8s.io/v1) ---------------------------------------------------
  [`${DISC}.EndpointSlice`]: {
    description: 'EndpointSlice represents a subset of the endpoints that implement a service. For a given service there may be multiple EndpointSlice objects, selected by labels, which must be joined to produce the full set of endpoints.',
    type: 'object',
    required: ['addressType', 'endpoints'],
    properties: {
      addressType: { ...str('addressType specifies the type of address carried by this EndpointSlice. All addresses in this slice must be the same type. This field is immutable after creation. The following address types are currently supported: * IPv4: Represents an IPv4 Address. * IPv6: Represents an IPv6 Address. * FQDN: Represents a Fully Qualified Domain Name.'), default: '' },
      apiVersion: API_VERSION,
      endpoints: list('endpoints is a list of unique endpoints in this slice. Each slice may include a maximum of 1000 endpoints.', `${DISC}.Endpoint`),
      kind: KIND,
      metadata: ref(`${META}.ObjectMeta`, "Standard object's metadata.", {}),
      ports: list('ports specifies the list of network ports exposed by each endpoint in this slice. Each port must have a unique name. When ports is empty, it indicates that there are no defined ports. When a port is defined with a nil port value, it indicates "all ports". Each slice may include a maximum of 100 ports.', `${DISC}.EndpointPort`),
    },
    'x-kubernetes-group-version-kind': [{ group: 'discovery.k8s.io', kind: 'EndpointSlice', version: 'v1' }],
  },
  [`${DISC}.Endpoint`]: {
    description: 'Endpoint represents a single logical "backend" implementing a service.',
    type: 'object',
    required: ['addresses'],
    properties: {
      addresses: strList('addresses of this endpoint. The contents of this field are interpreted according to the corresponding EndpointSlice addressType field. Consumers must handle different types of addresses in the context of their own capabilities. This must contain at least one address but no more than 100. These are all assumed to be fungible and clients may choose to only use the first element. Refer to: https://issue.k8s.io/106267'),
      conditions: ref(`${DISC}.EndpointConditions`, 'conditions contains information about the current status of the endpoint.', {}),
      deprecatedTopology: strMap('deprecatedTopology contains topology information part of the v1beta1 API. This field is deprecated, and will be removed when the v1beta1 API is removed (no sooner than kubernetes v1.24).  While this field can hold values, it is not writable through the v1 API, and any attempts to write to it will be silently ignored. Topology information can be found in the zone and nodeName fields instead.'),
      hints: ref(`${DISC}.EndpointHints`, 'hints contains information associated with how an endpoint should be consumed.'),
      hostname: str('hostname of this endpoint. This field may be used by consumers of endpoints to distinguish endpoints from each other (e.g. in DNS names). Multiple endpoints which use the same hostname should be considered fungible (e.g. multiple A values in DNS). Must be lowercase and pass DNS Label (RFC 1123) validation.'),
      nodeName: str('nodeName represents the name of the Node hosting this endpoint. This can be used to determine endpoints local to a Node.'),
      targetRef: ref(`${CORE}.ObjectReference`, 'targetRef is a reference to a Kubernetes object that represents this endpoint.'),
      zone: str('zone is the name of the Zone this endpoint exists in.'),
    },
  },
  [`${DISC}.EndpointConditions`]: {
    description: 'EndpointConditions represents the current condition of an endpoint.',
    type: 'object',
    properties: {
      ready: bool('ready indicates that this endpoint is prepared to receive traffic, according to whatever system is managing the endpoint. A nil value indicates an unknown state. In most cases consumers should interpret this unknown state as ready. For compatibility reasons, ready should never be "true" for terminating endpoints, except when the normal readiness behavior is being explicitly overridden, for example when the associated Service has set the publishNotReadyAddresses flag.'),
      serving: bool('serving is identical to ready except that it is set regardless of the terminating state of endpoints. This condition should be set to true for a ready endpoint that is terminating. If nil, consumers should defer to the ready condition.'),
      terminating: bool('terminating indicates that this endpoint is terminating. A nil value indicates an unknown state. Consumers should interpret this unknown state to mean that the endpoint is not terminating.'),
    },
  },
  [`${DISC}.EndpointHints`]: {
    description: 'EndpointHints provides hints describing how an endpoint should be consumed.',
    type: 'object',
    properties: { forZones: list('forZones indicates the zone(s) this endpoint should be consumed by to enable topology aware routing.', `${DISC}.ForZone`) },
  },
  [`${DISC}.ForZone`]: {
    description: 'ForZone provides information about which zones should consume this endpoint.',
    type: 'object',
    required: ['name'],
    properties: { name: { ...str('name represents the name of the zone.'), default: '' } },
  },
  [`${DISC}.EndpointPort`]: {
    description: 'EndpointPort represents a Port used by an EndpointSlice',
    type: 'object',
    properties: {
      appProtocol: str(APP_PROTOCOL),
      name: str("name represents the name of this port. All ports in an EndpointSlice must have a unique name. If the EndpointSlice is derived from a Kubernetes service, this corresponds to the Service.ports[].name. Name must either be an empty string or pass DNS_LABEL validation: * must be no more than 63 characters long. * must consist of lower case alphanumeric characters or '-'. * must start and end with an alphanumeric character. Default is empty string."),
      port: int('port represents the port number of the endpoint. If this is not specified, ports are not restricted and must be interpreted in the context of the specific consumer.'),
      protocol: str('protocol represents the IP protocol for this port. Must be UDP, TCP, or SCTP. Default is TCP.'),
    },
  },
  // --- Deployment (apps/v1) ------------------------------------------------------------------
  [`${APPS}.Deployment`]: {
    description: 'Deployment enables declarative updates for Pods and ReplicaSets.',
    type: 'object',
    properties: {
      apiVersion: API_VERSION, kind: KIND, metadata: METADATA,
      spec: ref(`${APPS}.DeploymentSpec`, 'Specification of the desired behavior of the Deployment.', {}),
      status: ref(`${APPS}.DeploymentStatus`, 'Most recently observed status of the Deployment.', {}),
    },
    'x-kubernetes-group-version-kind': [{ group: 'apps', kind: 'Deployment', version: 'v1' }],
  },
  [`${APPS}.DeploymentSpec`]: {
    description: 'DeploymentSpec is the specification of the desired behavior of the Deployment.',
    type: 'object',
    required: ['selector', 'template'],
    properties: {
      minReadySeconds: int('Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)'),
      paused: bool('Indicates that the deployment is paused.'),
      progressDeadlineSeconds: int('The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.'),
      replicas: int('Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.'),
      revisionHistoryLimit: int('The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.'),
      selector: ref(`${META}.LabelSelector`, "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels."),
      strategy: ref(`${APPS}.DeploymentStrategy`, 'The deployment strategy to use to replace existing pods with new ones.', {}),
      template: ref(`${CORE}.PodTemplateSpec`, 'Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is "Always".', {}),
    },
  },
  [`${APPS}.DeploymentStrategy`]: {
    description: 'DeploymentStrategy describes how to replace existing pods with new ones.',
    type: 'object',
    properties: {
      rollingUpdate: ref(`${APPS}.RollingUpdateDeployment`, 'Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate.'),
      type: str('Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.'),
    },
  },
  [`${APPS}.RollingUpdateDeployment`]: {
    description: 'Spec to control the desired behavior of rolling update.',
    type: 'object',
    properties: {
      maxSurge: ref('io.k8s.apimachinery.pkg.util.intstr.IntOrString', 'The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%. Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when the rolling update starts, such that the total number of old and new pods do not exceed 130% of desired pods. Once old pods have been killed, new ReplicaSet can be scaled up further, ensuring that total number of pods running at any time during the update is at most 130% of desired pods.'),
      maxUnavailable: ref('io.k8s.apimachinery.pkg.util.intstr.IntOrString', 'The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%. Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods immediately when the rolling update starts. Once new pods are ready, old ReplicaSet can be scaled down further, followed by scaling up the new ReplicaSet, ensuring that the total number of pods available at all times during the update is at least 70% of desired pods.'),
    },
  },
  // --- ObjectMeta: the fields of this domain (the template's labels) -------------------------
  [`${META}.ObjectMeta`]: {
    description: 'ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.',
    type: 'object',
    properties: {
      annotations: strMap('Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations'),
      generateName: str('GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server.\n\nIf this field is specified and the generated name exists, the server will return a 409.\n\nApplied only if Name is not specified. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency'),
      labels: strMap('Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels'),
      name: str('Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names'),
      namespace: str('Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the "default" namespace, but "default" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.\n\nMust be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces'),
    },
  },
  [`${META}.LabelSelector`]: {
    description: 'A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.',
    type: 'object',
    properties: {
      matchExpressions: list('matchExpressions is a list of label selector requirements. The requirements are ANDed.', `${META}.LabelSelectorRequirement`),
      matchLabels: strMap('matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.'),
    },
  },
  [`${META}.LabelSelectorRequirement`]: {
    description: 'A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.',
    type: 'object',
    required: ['key', 'operator'],
    properties: {
      key: { ...str('key is the label key that the selector applies to.'), default: '' },
      operator: { ...str("operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist."), default: '' },
      values: strList('values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.'),
    },
  },
};

/** Which resources the table covers, by Kind (others are refused politely). */
export const EXPLAINED_KINDS: Record<string, string> = {
  Service: `${CORE}.Service`,
  Ingress: `${NET}.Ingress`,
  IngressClass: `${NET}.IngressClass`,
  NetworkPolicy: `${NET}.NetworkPolicy`,
  Pod: `${CORE}.Pod`,
  Endpoints: `${CORE}.Endpoints`,
  EndpointSlice: `${DISC}.EndpointSlice`,
  Deployment: `${APPS}.Deployment`,
};

/** Types the table names without describing them (the walk stops there). */
export const UNDESCRIBED = new Set([`${META}.Condition`]);
