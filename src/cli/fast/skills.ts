/** `skills scan` for the launcher (bundled into dist/cli/fast/skills.cjs up to the result cache; the engine loads on a miss). */
import { runCommand } from '../output.js';
import { scanCommand, type ScanOptions } from '../skills-scan.js';
import { fastMain } from './main.js';

export const run = (opts: ScanOptions, dirs: string[]): Promise<void> => runCommand(() => scanCommand(dirs, opts), opts.json === true);

export const main = fastMain('skills scan', run);
