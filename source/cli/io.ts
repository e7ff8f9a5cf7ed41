// What a command returns instead of printing (STYLE.md §4): the CLI, the TUI and the tests share it.
export interface CommandResult { stdout: string; stderr: string; exitCode: number }

export const ok = (stdout: string): CommandResult => ({ stdout, stderr: '', exitCode: 0 });
export const usageError = (message: string): CommandResult => ({ stdout: '', stderr: `kubeprep: ${message}\n`, exitCode: 2 });
