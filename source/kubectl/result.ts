// What a kubectl command returns instead of printing (STYLE.md §4): the TUI, the CLI and the
// tests share it. Error texts follow kubectl's cmdutil.CheckErr: "error: " and the message,
// with exactly one trailing newline; errors from the API server read
// "Error from server (Reason): message".

export interface KubectlResult { stdout: string; stderr: string; exitCode: number }

export function success(stdout: string, stderr = ''): KubectlResult {
  return { stdout, stderr, exitCode: 0 };
}

/** cmdutil.CheckErr for a plain error: `error: MESSAGE\n`, exit 1. */
export function failure(message: string, stdout = ''): KubectlResult {
  return { stdout, stderr: errorLine(message), exitCode: 1 };
}

export function errorLine(message: string): string {
  const text = `error: ${message}`;
  return text.endsWith('\n') ? text : text + '\n';
}

/** cmdutil.UsageErrorf: the message, then where to read the help. */
export function usageError(commandPath: string, message: string): KubectlResult {
  return failure(`${message}\nSee 'kubectl ${commandPath} -h' for help and examples`);
}

/** An API status error as kubectl prints it, e.g. `Error from server (NotFound): services "web" not found`. */
export function serverErrorLine(reason: string, message: string): string {
  return `Error from server (${reason}): ${message}\n`;
}

/** Join several results in order (stdout after stdout, stderr after stderr); the last failure's code wins. */
export function combine(results: KubectlResult[]): KubectlResult {
  return {
    stdout: results.map((r) => r.stdout).join(''),
    stderr: results.map((r) => r.stderr).join(''),
    exitCode: results.reduce((code, r) => (r.exitCode !== 0 ? r.exitCode : code), 0),
  };
}

/**
 * A klog line as kubectl writes warnings to stderr:
 * `W1126 15:41:18.081398   14936 helpers.go:702] message`. Time is the caller's `now`
 * (UTC, as the simulator has no time zone); the thread id is fixed.
 */
export function klogLine(severity: 'I' | 'W' | 'E', now: Date, source: string, message: string, threadId = 1): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const micros = String(now.getUTCMilliseconds() * 1000).padStart(6, '0');
  const stamp = `${p2(now.getUTCMonth() + 1)}${p2(now.getUTCDate())} ${p2(now.getUTCHours())}:${p2(now.getUTCMinutes())}:${p2(now.getUTCSeconds())}.${micros}`;
  return `${severity}${stamp} ${String(threadId).padStart(7, ' ')} ${source}] ${message}\n`;
}
