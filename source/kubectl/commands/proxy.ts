// `kubectl proxy` and `kubectl port-forward` open local listeners and block until
// interrupted. The emulator has no listeners: it prints what kubectl prints when it starts,
// then says plainly what would happen and returns.
import { flagInt, flagString, flagStrings } from '../args.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { podFor } from './exec.js';
import { failure, usageError } from '../result.js';

const NOTE = "kubeprep: the emulator opens no network listener, so this returns at once; in a real cluster the command keeps running until you press Ctrl+C.\n";

export function proxyCommand(c: CommandContext): CommandOutcome {
  const address = flagString(c.cmd, 'address') || '127.0.0.1';
  const port = flagInt(c.cmd, 'port');
  if (c.cmd.args.length) return usageError('proxy', `unexpected arguments: [${c.cmd.args.join(' ')}]`);
  return {
    stdout: `Starting to serve on ${address}:${port}\n`,
    stderr: `${NOTE}kubeprep: kubectl proxy would serve the Kubernetes API on http://${address}:${port}/ (for example http://${address}:${port}/api/v1/namespaces/${c.namespace}/services/NAME:PORT/proxy/ reaches a Service).\n`,
    exitCode: 0,
  };
}

export function portForwardCommand(c: CommandContext): CommandOutcome {
  const [target, ...specs] = c.cmd.args;
  if (!target || specs.length === 0) return usageError('port-forward', 'TYPE/NAME and list of ports are required for port-forward');
  const pod = podFor(c, target);
  if (!pod.ok) return pod.result;
  if (pod.pod.status?.phase !== 'Running') return failure(`unable to forward port because pod is not running. Current status=${pod.pod.status?.phase ?? 'Pending'}`);
  const addresses = flagStrings(c.cmd, 'address');
  const hosts = addresses.length ? addresses : ['localhost'];
  let stdout = '';
  const plan: string[] = [];
  for (const spec of specs) {
    const [local, remoteText] = spec.includes(':') ? spec.split(':') : [spec, spec];
    const remote = resolvePort(target, pod.pod, remoteText, c);
    if (remote === undefined) return failure(`Pod '${pod.pod.metadata.name}' does not have a named port '${remoteText}'`);
    const localPort = local === '' ? String(30000 + (Number(remote) % 30000)) : local;
    for (const h of hosts) {
      if (h === 'localhost') stdout += `Forwarding from 127.0.0.1:${localPort} -> ${remote}\nForwarding from [::1]:${localPort} -> ${remote}\n`;
      else stdout += `Forwarding from ${h}:${localPort} -> ${remote}\n`;
    }
    plan.push(`local port ${localPort} to port ${remote} of pod ${pod.pod.metadata.namespace}/${pod.pod.metadata.name}`);
  }
  return { stdout, stderr: `${NOTE}kubeprep: kubectl port-forward would forward ${plan.join(', ')}.\n`, exitCode: 0 };
}

/** A Service port is translated to its targetPort on the pod; a named port to its number. */
function resolvePort(target: string, pod: any, text: string, c: CommandContext): string | undefined {
  const containers: any[] = pod.spec?.containers ?? [];
  if (target.startsWith('svc/') || target.startsWith('service/') || target.startsWith('services/')) {
    const svc = c.view().cluster.index.services.get(`${c.namespace}/${target.slice(target.indexOf('/') + 1)}`);
    const sp = svc?.spec.ports?.find((p) => String(p.port) === text || p.name === text);
    if (!sp) return /^\d+$/.test(text) ? text : undefined;
    const tp = sp.targetPort ?? sp.port;
    if (typeof tp === 'number') return String(tp);
    const named = containers.flatMap((x) => x.ports ?? []).find((p: any) => p.name === tp);
    return named ? String(named.containerPort) : undefined;
  }
  if (/^\d+$/.test(text)) return text;
  const named = containers.flatMap((x) => x.ports ?? []).find((p: any) => p.name === text);
  return named ? String(named.containerPort) : undefined;
}
