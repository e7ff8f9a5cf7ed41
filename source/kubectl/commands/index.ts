// The commands the emulator runs, by command path (cobra's canonical names).
import type { CommandContext, CommandOutcome } from '../context.js';
import { getCommand } from './get.js';
import { describeCommand } from './describe.js';
import { createCommand } from './create.js';
import { exposeCommand } from './expose.js';
import { runCommand } from './run.js';
import { deleteCommand } from './delete.js';
import { annotateCommand, labelCommand } from './label.js';
import { setImageCommand, setSelectorCommand } from './set.js';
import { scaleCommand } from './scale.js';
import { patchCommand } from './patch.js';
import { applyCommand } from './apply.js';
import { replaceCommand } from './replace.js';
import { editCommand } from './edit.js';
import { rolloutHistoryCommand, rolloutRestartCommand, rolloutStatusCommand, rolloutUndoCommand } from './rollout.js';
import { execCommand } from './exec.js';
import { portForwardCommand, proxyCommand } from './proxy.js';
import { explainCommand } from './explain.js';
import { apiResourcesCommand, versionCommand } from './info.js';

export type CommandHandler = (c: CommandContext) => CommandOutcome;

const create = createCommand;

export const COMMANDS: Record<string, CommandHandler> = {
  get: getCommand,
  describe: describeCommand,
  create,
  'create deployment': create,
  'create ingress': create,
  'create namespace': create,
  'create service clusterip': create,
  'create service nodeport': create,
  'create service loadbalancer': create,
  'create service externalname': create,
  expose: exposeCommand,
  run: runCommand,
  delete: deleteCommand,
  label: labelCommand,
  annotate: annotateCommand,
  'set selector': setSelectorCommand,
  'set image': setImageCommand,
  scale: scaleCommand,
  patch: patchCommand,
  apply: applyCommand,
  replace: replaceCommand,
  edit: editCommand,
  'rollout status': rolloutStatusCommand,
  'rollout history': rolloutHistoryCommand,
  'rollout undo': rolloutUndoCommand,
  'rollout restart': rolloutRestartCommand,
  exec: execCommand,
  proxy: proxyCommand,
  'port-forward': portForwardCommand,
  explain: explainCommand,
  version: versionCommand,
  'api-resources': apiResourcesCommand,
};
