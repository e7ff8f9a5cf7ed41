// Issue 11: one HTTP request routed through a Gateway on a cluster of 200 Gateways and 2,000
// HTTPRoutes (in-process median, the Gateway index built once per cluster as a controller would).
import { buildCluster } from '../source/sim/cluster.js';
import { gatewayAddress, generateCluster } from '../source/sim/generate.js';
import { httpRequest } from '../source/sim/http.js';
import { buildGatewayIndex } from '../source/sim/gateway/index.js';
import { timeCall, type Figure } from './lib.js';

export async function gatewayFigures(): Promise<Figure[]> {
  const GATEWAYS = 200, ROUTES = 2000;
  const cluster = buildCluster(generateCluster({ pods: 2000, services: 1000, namespaces: 50, gateways: GATEWAYS, httpRoutes: ROUTES }));
  const index = timeCall(() => buildGatewayIndex(cluster), 7, 2);
  const paths = ['/', '/api/orders', '/healthz', '/static/app.js'];
  let i = 0;
  const one = timeCall(() => {
    const k = (i += 7) % ROUTES;
    const g = k % GATEWAYS;
    const r = httpRequest(cluster, { url: `http://${gatewayAddress(g)}${paths[k % paths.length]}`, headers: { Host: `app${k}.gw${g}.example.com`, ...(k % 3 === 0 ? { 'x-canary': 'true' } : {}) } });
    if (r.status !== 200) throw new Error(`bench request ${k} got ${r.status}: ${r.hops.at(-1)?.detail}`);
  }, 400);
  return [
    { name: `derive the Gateway index (${GATEWAYS} Gateways, ${ROUTES} HTTPRoutes)`, value: index, unit: 'ms' },
    { name: `one request routed on ${GATEWAYS} Gateways and ${ROUTES.toLocaleString('en')} HTTPRoutes (to the pods)`, value: one, unit: 'ms', target: 1 },
  ];
}
