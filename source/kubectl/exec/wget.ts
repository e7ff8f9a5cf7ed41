// BusyBox wget in a pod (busybox images have wget, not curl): -q, -O FILE|-, -T SECONDS,
// --spider, and its messages: "Connecting to HOST (IP:PORT)", "bad address", "can't connect
// to remote host (IP): Connection refused", "download timed out".
import type { Pod } from '../../sim/types.js';
import type { Cluster } from '../../sim/cluster.js';
import { connect } from './connect.js';
import { httpAnswer, parseUrl, statusText } from './http.js';
import type { ToolResult } from './tools.js';

export function wget(cluster: Cluster, pod: Pod, args: string[], now: Date, pick: number): ToolResult {
  let quiet = false, spider = false, timeout: number | undefined;
  let output: string | undefined;
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-O' || a === '--output-document') { output = args[++i]; continue; }
    if (a === '-T' || a === '--timeout') { timeout = Number(args[++i]); continue; }
    if (a === '--spider') { spider = true; continue; }
    if (a === '-q' || a === '--quiet') { quiet = true; continue; }
    if (/^-[a-zA-Z]/.test(a) && !a.startsWith('--')) {
      // grouped short options: -qO- , -qO FILE, -qT5
      const letters = a.slice(1);
      for (let j = 0; j < letters.length; j++) {
        const ch = letters[j];
        if (ch === 'q') quiet = true;
        else if (ch === 'O') { output = letters.slice(j + 1) || args[++i]; break; }
        else if (ch === 'T') { timeout = Number(letters.slice(j + 1) || args[++i]); break; }
        else if (ch === 'U' || ch === 'P' || ch === 'Y' || ch === 'o') { if (j === letters.length - 1) i++; break; }
      }
      continue;
    }
    if (a.startsWith('-')) continue;
    urls.push(a);
  }
  if (urls.length === 0) return { stdout: '', stderr: 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n', exitCode: 1 };
  let stdout = '';
  let stderr = '';
  for (const url of urls) {
    const u = parseUrl(url);
    if (!u) return { stdout, stderr: stderr + `wget: bad address '${url}'\n`, exitCode: 1 };
    if (u.scheme !== 'http' && u.scheme !== 'https') return { stdout, stderr: stderr + `wget: not an http or ftp url: ${url}\n`, exitCode: 1 };
    const c = connect(cluster, pod, u.host, u.port, 'TCP', pick);
    if (c.kind === 'dns') return { stdout, stderr: stderr + `wget: bad address '${u.host}'\n`, exitCode: 1 };
    const connecting = quiet ? '' : `Connecting to ${u.host}${u.port === 80 ? '' : `:${u.port}`} (${c.ip}:${u.port})\n`;
    if (c.kind === 'refused') return { stdout, stderr: stderr + connecting + `wget: can't connect to remote host (${c.ip}): Connection refused\n`, exitCode: 1 };
    if (c.kind === 'timeout') return { stdout, stderr: stderr + connecting + (timeout !== undefined ? 'wget: download timed out\n' : `wget: can't connect to remote host (${c.ip}): Connection timed out\n`), exitCode: 1 };
    const answer = httpAnswer(c.pod, u.path, now);
    stderr += connecting;
    if (answer.status >= 400) return { stdout, stderr: stderr + `wget: server returned error: HTTP/1.1 ${answer.status} ${statusText(answer.status)}\n`, exitCode: 1 };
    if (spider) { if (!quiet) stderr += 'remote file exists\n'; continue; }
    const size = String(answer.body.length).padStart(6);
    const bar = '|********************************|';
    if (output === '-') {
      if (!quiet) stderr += 'writing to stdout\n';
      stdout += answer.body;
      if (!quiet) stderr += `-                    100% ${bar}${size}  0:00:00 ETA\nwritten to stdout\n`;
    } else {
      const file = output ?? (u.path.split('/').pop() || 'index.html');
      if (!quiet) stderr += `saving to '${file}'\n${file.padEnd(20)} 100% ${bar}${size}  0:00:00 ETA\n'${file}' saved\n`;
    }
  }
  return { stdout, stderr, exitCode: 0 };
}
