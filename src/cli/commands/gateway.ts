import { Command } from 'commander';
import { action, addGlobalOptions, printJson, statePathsOf, type GlobalOptions } from '../run.js';
import { gatewayCheckJson, runGatewayCheck } from '../../gateway/check.js';
import { quarantineRefused, type QuarantineOutcome } from '../../gateway/quarantine.js';
import { renderGatewayCheck } from '../../gateway/render.js';

interface CheckOptions extends GlobalOptions {
  deep?: boolean;
  quarantine?: boolean;
  openclawDir?: string;
  workspace?: string;
}

async function checkCommand(opts: CheckOptions): Promise<number> {
  const paths = statePathsOf(opts);
  const checkOptions = { paths, deep: opts.deep === true, openclawDir: opts.openclawDir, workspace: opts.workspace };
  const result = await runGatewayCheck(checkOptions);
  let quarantined: QuarantineOutcome[] = [];
  if (opts.quarantine) quarantined = await quarantineRefused(paths, result.plugins);
  if (opts.json) {
    const json = gatewayCheckJson(result);
    // Quarantine is reported as an extra reason on the plugin it moved, keeping the contract's shape.
    for (const q of quarantined) {
      const p = json.plugins.find((x) => x.id === q.id && x.status === 'refused');
      if (p && q.to) p.reasons = [...p.reasons, { code: 'quarantined', detail: `renamed ${q.from} to ${q.to}; undo with: clawguard plugins restore ${q.id}` }];
    }
    printJson(json);
  } else process.stdout.write(renderGatewayCheck(result, quarantined));
  return result.summary.refused === 0 ? 0 : 1;
}

export function registerGateway(program: Command): void {
  const gateway = program.command('gateway').description('checks to run when the OpenClaw gateway starts');
  addGlobalOptions(gateway.command('check').description('refuse plugins that are not allowed, not recorded or changed since install'))
    .option('--deep', 're-hash every file instead of trusting an unchanged (size, mtime, ctime, inode) fingerprint')
    .option('--quarantine', 'rename each refused plugin directory to <name>.disabled (undo: clawguard plugins restore <id>)')
    .option('--openclaw-dir <dir>', 'OpenClaw installation whose bundled plugins to check (default: openclaw on PATH, $OPENCLAW_BUNDLED_PLUGINS_DIR)')
    .option('--workspace <dir>', 'agent workspace (default: agents.defaults.workspace, $OPENCLAW_WORKSPACE_DIR, <state dir>/workspace)')
    .action(action(async (opts: CheckOptions) => checkCommand(opts)));
}
