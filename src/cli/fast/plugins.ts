/** `plugins inspect` for the launcher (dist/cli/fast/plugins.cjs): the command and its stages up to the engine, which loads on a miss. */
import { runCommand } from '../output.js';
import { inspectCommand } from '../plugins-inspect.js';
import type { ReportOutputOptions } from '../report-flags.js';
import { fastMain } from './main.js';

export const run = (opts: ReportOutputOptions, [spec]: string[]): Promise<void> => runCommand(() => inspectCommand(spec, opts), opts.json === true);

export const main = fastMain('plugins inspect', run);
