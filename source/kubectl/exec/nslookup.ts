// BusyBox nslookup in a pod: the pod's resolver (search list, ndots:5) asks cluster DNS
// (sim/dns.ts); answers print as Name/Address lines, failures as "** server can't find".
import type { Pod } from '../../sim/types.js';
import type { Cluster } from '../../sim/cluster.js';
import { resolveDns } from '../../sim/dns.js';
import { isIPv4 } from '../../sim/ip.js';
import type { ToolResult } from './tools.js';

export function kubeDnsIP(cluster: Cluster): string {
  return cluster.index.services.get('kube-system/kube-dns')?.spec.clusterIP ?? '10.96.0.10';
}

export function nslookup(cluster: Cluster, pod: Pod, args: string[]): ToolResult {
  const rest = args.filter((a) => !a.startsWith('-'));
  const [name, server] = rest;
  if (!name) return { stdout: '', stderr: 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n', exitCode: 1 };
  const dnsIP = server ?? kubeDnsIP(cluster);
  const head = `Server:\t\t${dnsIP}\nAddress:\t${dnsIP}:53\n\n`;
  const from = `${pod.metadata.namespace}/${pod.metadata.name}`;
  const ptr = isIPv4(name);
  const r = resolveDns(cluster, { name, type: ptr ? 'PTR' : 'A', from });
  // BusyBox nslookup when no server answers (every retry timed out)
  if (r.timedOut) return { stdout: ';; connection timed out; no servers could be reached\n\n', stderr: '', exitCode: 1 };
  if (r.answers.length === 0 && !r.cname) return { stdout: `${head}** server can't find ${name}: NXDOMAIN\n\n`, stderr: '', exitCode: 1 };
  const fqdn = r.tried?.[r.tried.length - 1] ?? name;
  if (ptr) return { stdout: `${head}${name.split('.').reverse().join('.')}.in-addr.arpa\tname = ${r.answers.map((a) => a.replace(/\.$/, '')).join(`\n${name}\tname = `)}\n\n`, stderr: '', exitCode: 0 };
  let out = head;
  if (r.cname) out += `${fqdn}\tcanonical name = ${r.cname.replace(/\.$/, '')}\n`;
  for (const a of r.answers) out += `Name:\t${r.cname ? r.cname.replace(/\.$/, '') : fqdn}\nAddress: ${a}\n`;
  if (r.answers.length === 0) return { stdout: `${out}\n** server can't find ${r.cname!.replace(/\.$/, '')}: NXDOMAIN\n\n`, stderr: '', exitCode: 1 };
  return { stdout: `${out}\n`, stderr: '', exitCode: 0 };
}
