// The commands a learner runs inside a pod to test the network, answered by the simulator:
// curl, wget, nc, nslookup, and `sh -c "..."` around them; cat /etc/resolv.conf and hostname
// for the pod's view of DNS. Other programs are not in the simulated containers.
import type { Pod } from '../../sim/types.js';
import type { Cluster } from '../../sim/cluster.js';
import { curl } from './curl.js';
import { wget } from './wget.js';
import { nc } from './nc.js';
import { kubeDnsIP, nslookup } from './nslookup.js';

export interface ToolResult { stdout: string; stderr: string; exitCode: number }

/** The pod's /etc/resolv.conf as the kubelet writes it for dnsPolicy ClusterFirst. */
function resolvConf(cluster: Cluster, pod: Pod): string {
  const ns = pod.metadata.namespace;
  const d = cluster.settings.clusterDomain;
  return `search ${ns}.svc.${d} svc.${d} ${d}\nnameserver ${kubeDnsIP(cluster)}\noptions ndots:5\n`;
}

/** Split a `sh -c` script the simple way: words, single and double quotes, `;` and `&&`. */
function splitScript(script: string): string[][] {
  const commands: string[][] = [[]];
  const re = /\s*(?:'([^']*)'|"((?:\\.|[^"\\])*)"|(&&|;)|([^\s'";&]+))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(script)) && m[0] !== '') {
    if (m[3]) commands.push([]);
    else commands[commands.length - 1].push(m[1] ?? (m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[4]));
  }
  return commands.filter((c) => c.length);
}

export function runTool(cluster: Cluster, pod: Pod, argv: string[], now: Date): ToolResult {
  const pick = Math.floor(now.getTime() / 1000);
  const [cmd, ...args] = argv;
  const name = cmd?.split('/').pop();
  switch (name) {
    case 'curl': return curl(cluster, pod, args, now, pick);
    case 'wget': return wget(cluster, pod, args, now, pick);
    case 'nc': case 'netcat': return nc(cluster, pod, args, pick);
    case 'nslookup': return nslookup(cluster, pod, args);
    case 'hostname': return { stdout: `${pod.spec?.hostname ?? pod.metadata.name}\n`, stderr: '', exitCode: 0 };
    case 'true': return { stdout: '', stderr: '', exitCode: 0 };
    case 'echo': return { stdout: `${args.join(' ')}\n`, stderr: '', exitCode: 0 };
    case 'cat':
      if (args[0] === '/etc/resolv.conf') return { stdout: resolvConf(cluster, pod), stderr: '', exitCode: 0 };
      if (args[0] === '/etc/hostname') return { stdout: `${pod.metadata.name}\n`, stderr: '', exitCode: 0 };
      return { stdout: '', stderr: `cat: can't open '${args[0] ?? ''}': No such file or directory\n`, exitCode: 1 };
    case 'sh': case 'bash': case 'ash': {
      const i = args.indexOf('-c');
      if (i < 0 || args[i + 1] === undefined) return { stdout: '', stderr: '', exitCode: -1 };
      let out: ToolResult = { stdout: '', stderr: '', exitCode: 0 };
      for (const command of splitScript(args[i + 1])) {
        const r = runTool(cluster, pod, command, now);
        out = { stdout: out.stdout + r.stdout, stderr: out.stderr + r.stderr, exitCode: r.exitCode };
        if (r.exitCode !== 0) break;
      }
      return out;
    }
    default:
      return { stdout: '', stderr: '', exitCode: 127 };
  }
}
