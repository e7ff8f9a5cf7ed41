// `kubectl expose TYPE NAME|-f FILE --port ...` (pkg/cmd/expose): the Service is built from
// the object as the server holds it, then created ("service/web exposed").
import type { CommandContext, CommandOutcome } from '../context.js';
import { createGenerated } from './create.js';

export function exposeCommand(c: CommandContext): CommandOutcome {
  return createGenerated(c);
}
