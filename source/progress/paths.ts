import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';

/** KUBEPREP_HOME, else $XDG_DATA_HOME/kubeprep, else ~/.local/share/kubeprep (XDG base directory spec). */
export function dataHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KUBEPREP_HOME) return env.KUBEPREP_HOME;
  const xdg = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(xdg, 'kubeprep');
}

const PROFILE_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A profile name is used as a file name, so it is kept to a safe alphabet. */
export function checkProfileName(name: string): string | undefined {
  if (!PROFILE_RE.test(name)) return `profile name "${name}" is not valid: use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit`;
  return undefined;
}

export function defaultProfile(env: NodeJS.ProcessEnv = process.env): string {
  let user = env.USER || env.LOGNAME || '';
  if (!user) { try { user = userInfo().username; } catch { user = ''; } }
  return PROFILE_RE.test(user) ? user : 'default';
}

export function progressFile(profile: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(dataHome(env), `${profile}.json`);
}
