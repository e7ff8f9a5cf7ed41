// The profiles on this machine: one progress file each, PROFILE.json in dataHome().
import { readdirSync } from 'node:fs';
import { checkProfileName, dataHome } from './paths.js';

export function listProfiles(env: NodeJS.ProcessEnv = process.env): string[] {
  let names: string[];
  try { names = readdirSync(dataHome(env)); } catch { return []; }
  return names.filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((n) => !checkProfileName(n)).sort();
}
