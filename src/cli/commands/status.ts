import { Command } from 'commander';
import { action, addGlobalOptions, printJson, statePathsOf, type GlobalOptions } from '../run.js';
import { colorWanted } from '../../report/format-text.js';
import { collectStatus } from '../../status/status.js';
import { renderStatus } from '../../status/render.js';

interface StatusFlags extends GlobalOptions {
  service?: string[];
  openclawDir?: string;
  workspace?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerStatus(program: Command): void {
  addGlobalOptions(
    program
      .command('status')
      .description('where this installation stands: install policy, gateway check, skills watcher, plugins, quarantine, scripts (exit 1 when something is unguarded)'),
  )
    .option('--service <file>', 'also look in this gateway service file or wrapper for `clawguard gateway check` (repeatable)', collect)
    .option('--openclaw-dir <dir>', 'OpenClaw installation whose bundled plugins to check')
    .option('--workspace <dir>', 'agent workspace')
    .action(
      action(async (flags: StatusFlags) => {
        const status = await collectStatus({ paths: statePathsOf(flags), serviceFiles: flags.service, openclawDir: flags.openclawDir, workspace: flags.workspace });
        if (flags.json) printJson(status);
        else process.stdout.write(renderStatus(status, { color: colorWanted(), width: process.stdout.columns }));
        return status.guarded ? 0 : 1;
      }),
    );
}
