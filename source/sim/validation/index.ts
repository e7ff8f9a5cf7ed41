// validateObject(obj): the field errors the API server returns when the object is created
// (Kubernetes v1.32), for the kinds kubeprep's validation covers. Call it on the object
// after API-server defaulting and allocation (clusterIPs, nodePorts); the validators also
// re-apply the defaults they depend on, so a partly defaulted object gets the same answer.
// Ingress, IngressClass and NetworkPolicy are validated by networking.ts; other kinds get [].
import type { Deployment, Endpoints, KObject, Namespace, Pod, ReplicaSet, Service } from '../types.js';
import type { FieldError } from '../field.js';
import { validateDeployment, validateReplicaSet } from './deployment.js';
import { validateEndpoints } from './endpoints.js';
import { validateNamespace } from './namespace.js';
import { validateNetworkingObject } from './networking.js';
import { validatePod } from './pod.js';
import { validateService } from './service.js';
import { validateGatewayObject } from '../gateway/validation.js';

export function validateObject(obj: KObject): FieldError[] {
  switch (obj.kind) {
    case 'Service': return validateService(obj as Service);
    case 'Endpoints': return validateEndpoints(obj as Endpoints);
    case 'Pod': return validatePod(obj as Pod);
    case 'Namespace': return validateNamespace(obj as Namespace);
    case 'Deployment': return validateDeployment(obj as Deployment);
    case 'ReplicaSet': return validateReplicaSet(obj as ReplicaSet);
    case 'Ingress':
    case 'IngressClass':
    case 'NetworkPolicy': return validateNetworkingObject(obj);
    case 'GatewayClass':
    case 'Gateway':
    case 'HTTPRoute':
    case 'ReferenceGrant': return validateGatewayObject(obj);
    default: return [];
  }
}

export { validateService, validateServiceClusterIPsRelatedFields, validateServicePort, applyServiceDefaults, isHeadlessService, externallyAccessible } from './service.js';
export { validateEndpoints, validateEndpointSubsets, validateEndpointAddress, validateEndpointPort } from './endpoints.js';
export { validatePod, validatePodSpec, validatePodTemplateSpec, validateContainers, validateContainerPorts } from './pod.js';
export { validateNamespace } from './namespace.js';
export { validateDeployment, validateReplicaSet } from './deployment.js';
export { validateObjectMeta, validateAnnotations } from './metadata.js';
export * from './names.js';
export * from './labels.js';
export * from './ports.js';
export * from './ip.js';
