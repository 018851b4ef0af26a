/** `gateway check` for the launcher (bundled alone into dist/cli/fast/gateway.cjs: only what the check needs). */
import { checkCommand, type CheckOptions } from '../gateway-check.js';
import { runCommand } from '../output.js';
import { fastMain } from './main.js';

export const run = (opts: CheckOptions): Promise<void> => runCommand(() => checkCommand(opts), opts.json === true);

export const main = fastMain('gateway check', run);
