// The Gateway API in the simulator: attachment and status (attach.ts), request routing
// (request.ts), backendRefs and ReferenceGrants (backends.ts), API validation (validation.ts).
export * from './types.js';
export { gatewayIndex, buildGatewayIndex, addressesOf, precedence, parentRefText, type GatewayIndex, type GatewayState, type ListenerState, type MatchEntry, type ParentStatus } from './attach.js';
export { gatewayRequest, pickListener, matchListener, prefixMatches, GATEWAY_NAME_LABEL, type GatewayRequest, type GatewayAnswer } from './request.js';
export { resolveBackendRef, grantAllows, type ResolvedBackend } from './backends.js';
export { hostMatches, intersectHostnames, hostnameRank } from './hostnames.js';
export { objectStatus, type StatusAnswer } from './status.js';
export { validateGatewayObject } from './validation.js';
