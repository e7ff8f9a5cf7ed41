// curl (8.x) in a pod, over a simulated connection: the body on stdout, the progress meter on
// stderr unless -s, and curl's own errors and exit codes: (6) could not resolve host,
// (7) failed to connect, (28) timed out.
import type { Pod } from '../../sim/types.js';
import type { Cluster } from '../../sim/cluster.js';
import { connect } from './connect.js';
import { httpAnswer, parseUrl, statusText } from './http.js';
import type { ToolResult } from './tools.js';

const VALUE_FLAGS = new Set(['-o', '--output', '-m', '--max-time', '--connect-timeout', '-H', '--header', '-X', '--request', '-w', '--write-out', '-d', '--data', '-A', '--user-agent', '-u', '--user', '--retry', '-e', '--resolve', '--interface', '-x', '--proxy']);

export function curl(cluster: Cluster, pod: Pod, args: string[], now: Date, pick: number): ToolResult {
  let silent = false, showError = false, head = false, include = false, verbose = false, fail = false;
  let timeout: number | undefined;
  let output: string | undefined;
  let writeOut: string | undefined;
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUE_FLAGS.has(a)) {
      const v = args[++i];
      if (v === undefined) return { stdout: '', stderr: `curl: option ${a}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, exitCode: 2 };
      if (a === '-o' || a === '--output') output = v;
      else if (a === '-m' || a === '--max-time' || a === '--connect-timeout') timeout = Number(v);
      else if (a === '-w' || a === '--write-out') writeOut = v;
      continue;
    }
    if (/^-[a-zA-Z]{2,}$/.test(a)) {
      for (const ch of a.slice(1)) {
        if (ch === 's') silent = true; else if (ch === 'S') showError = true; else if (ch === 'I') head = true;
        else if (ch === 'i') include = true; else if (ch === 'v') verbose = true; else if (ch === 'f') fail = true;
      }
      continue;
    }
    switch (a) {
      case '-s': case '--silent': silent = true; continue;
      case '-S': case '--show-error': showError = true; continue;
      case '-I': case '--head': head = true; continue;
      case '-i': case '--include': include = true; continue;
      case '-v': case '--verbose': verbose = true; continue;
      case '-f': case '--fail': fail = true; continue;
    }
    if (a.startsWith('-')) continue; // -k, -L, --http1.1 ...: nothing to simulate
    urls.push(a);
  }
  if (urls.length === 0) return { stdout: '', stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 };
  const quietErrors = silent && !showError;
  let stdout = '';
  let stderr = '';
  for (const url of urls) {
    const u = parseUrl(url);
    if (!u) return { stdout, stderr: stderr + (quietErrors ? '' : `curl: (3) URL rejected: Malformed input to a URL function\n`), exitCode: 3 };
    if (u.scheme !== 'http' && u.scheme !== 'https') return { stdout, stderr: stderr + (quietErrors ? '' : `curl: (1) Protocol "${u.scheme}" not supported\n`), exitCode: 1 };
    if (verbose) stderr += `* Host ${u.host}:${u.port} was resolved.\n`;
    const c = connect(cluster, pod, u.host, u.port, 'TCP', pick);
    if (c.kind === 'dns') return { stdout, stderr: stderr + (quietErrors ? '' : `curl: (6) Could not resolve host: ${u.host}\n`), exitCode: 6 };
    if (c.kind === 'refused') return { stdout, stderr: stderr + (quietErrors ? '' : `curl: (7) Failed to connect to ${u.host} port ${u.port} after 0 ms: Couldn't connect to server\n`), exitCode: 7 };
    if (c.kind === 'timeout') {
      const ms = timeout !== undefined && Number.isFinite(timeout) ? Math.round(timeout * 1000) + 1 : 133001;
      return { stdout, stderr: stderr + (quietErrors ? '' : timeout !== undefined ? `curl: (28) Connection timed out after ${ms} milliseconds\n` : `curl: (28) Failed to connect to ${u.host} port ${u.port} after ${ms} ms: Couldn't connect to server\n`), exitCode: 28 };
    }
    const answer = httpAnswer(c.pod, u.path, now);
    if (verbose) stderr += `*   Trying ${c.ip}:${u.port}...\n* Connected to ${u.host} (${c.ip}) port ${u.port}\n> ${head ? 'HEAD' : 'GET'} ${u.path} HTTP/1.1\n> Host: ${u.host}${u.port === 80 ? '' : `:${u.port}`}\n> User-Agent: curl/8.14.1\n> Accept: */*\n>\n< HTTP/1.1 ${answer.status} ${statusText(answer.status)}\n${answer.headers.map(([k, v]) => `< ${k}: ${v}\n`).join('')}<\n`;
    if (fail && answer.status >= 400) return { stdout, stderr: stderr + (quietErrors ? '' : `curl: (22) The requested URL returned error: ${answer.status}\n`), exitCode: 22 };
    const headers = `HTTP/1.1 ${answer.status} ${statusText(answer.status)}\r\n${answer.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
    let text = head ? headers : (include ? headers : '') + answer.body;
    if (writeOut !== undefined) text += expandWriteOut(writeOut, { http_code: String(answer.status), remote_ip: c.ip, remote_port: String(u.port), size_download: String(head ? 0 : answer.body.length), url_effective: url });
    if (output !== undefined && output !== '-') { text = writeOut !== undefined ? expandWriteOut(writeOut, { http_code: String(answer.status), remote_ip: c.ip, remote_port: String(u.port), size_download: String(answer.body.length), url_effective: url }) : ''; }
    if (!silent && !verbose && output === undefined) stderr += progressMeter(head ? 0 : answer.body.length);
    stdout += text;
  }
  return { stdout, stderr, exitCode: 0 };
}

function expandWriteOut(fmt: string, vars: Record<string, string>): string {
  return fmt.replace(/%\{(\w+)\}/g, (_, k: string) => vars[k] ?? '').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}

/** curl's progress meter when its output is not a terminal (one final line). */
function progressMeter(size: number): string {
  const n = String(size).padStart(5);
  return '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n'
    + '                                 Dload  Upload   Total   Spent    Left  Speed\n'
    + `\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r100 ${n}  100 ${n}    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k\n`;
}
