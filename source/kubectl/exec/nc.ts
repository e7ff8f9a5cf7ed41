// BusyBox nc in a pod, as used to test a port: nc -z [-v] [-u] [-w SECONDS] HOST PORT.
import type { Pod } from '../../sim/types.js';
import type { Cluster } from '../../sim/cluster.js';
import { connect } from './connect.js';
import type { ToolResult } from './tools.js';

export function nc(cluster: Cluster, pod: Pod, args: string[], pick: number): ToolResult {
  let verbose = false, udp = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-w' || a === '-i' || a === '-p' || a === '-s') { i++; continue; }
    if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('v')) verbose = true;
      if (a.includes('u')) udp = true;
      if (a.endsWith('w')) i++;
      continue;
    }
    rest.push(a);
  }
  const [host, portText] = rest;
  if (!host || !portText || !/^\d+$/.test(portText)) return { stdout: '', stderr: 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n', exitCode: 1 };
  const port = Number(portText);
  const c = connect(cluster, pod, host, port, udp ? 'UDP' : 'TCP', pick);
  if (c.kind === 'dns') return { stdout: '', stderr: `nc: bad address '${host}'\n`, exitCode: 1 };
  if (c.kind === 'refused') return { stdout: '', stderr: `nc: ${host} (${c.ip}:${port}): Connection refused\n`, exitCode: 1 };
  if (c.kind === 'timeout') return { stdout: '', stderr: `nc: ${host} (${c.ip}:${port}): Connection timed out\n`, exitCode: 1 };
  return { stdout: '', stderr: verbose ? `${host} (${c.ip}:${port}) open\n` : '', exitCode: 0 };
}
