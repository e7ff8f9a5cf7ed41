// Hostname rules of the Gateway API (apis/v1/shared_types.go Hostname, gateway_types.go
// Listener.Hostname, httproute_types.go HTTPRouteSpec.Hostnames): a wildcard `*.example.com`
// matches one or more labels in front of example.com, never example.com itself.

/** Does `pattern` (exact or `*.suffix`) match the request host `host`? */
export function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return pattern === host;
  const suffix = pattern.slice(1); // ".example.com"
  return host.length > suffix.length && host.endsWith(suffix);
}

/**
 * The hostnames a route answers on a listener (HTTPRouteSpec.Hostnames: "intersection of the
 * Listener and HTTPRoute hostnames"): the more specific of each intersecting pair. null is
 * "any host" (neither names one); [] is "no intersection".
 */
export function intersectHostnames(listener: string | undefined, route: readonly string[] | undefined): string[] | null {
  const rs = route ?? [];
  if (!listener) return rs.length ? [...rs] : null;
  if (rs.length === 0) return [listener];
  const out: string[] = [];
  for (const r of rs) {
    if (r === listener || hostMatches(listener, r)) out.push(r);
    else if (hostMatches(r, listener)) out.push(listener);
  }
  return [...new Set(out)];
}

/**
 * How specific a hostname is, for precedence (HTTPRouteRule: "the most specific hostname
 * wins"): exact names beat wildcards, a longer wildcard beats a shorter one, no hostname last.
 */
export function hostnameRank(h: string | null): number {
  if (h === null) return 0;
  if (h.startsWith('*.')) return 1_000 + h.length;
  return 1_000_000 + h.length;
}
