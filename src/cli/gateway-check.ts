import { statePathsOf, printJson, writeStdout, type GlobalOptions } from './output.js';
import { gatewayCheckJson, runGatewayCheck } from '../gateway/check.js';
import { quarantineRefused, type QuarantineOutcome } from '../gateway/quarantine.js';
import { renderGatewayCheck } from '../gateway/render.js';

export interface CheckOptions extends GlobalOptions {
  deep?: boolean;
  quarantine?: boolean;
  openclawDir?: string;
  workspace?: string;
}

/** `clawguard gateway check`: exit 1 when a plugin is refused (the gateway must not start), else 0. */
export async function checkCommand(opts: CheckOptions): Promise<number> {
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
  } else writeStdout(renderGatewayCheck(result, quarantined));
  return result.summary.refused === 0 ? 0 : 1;
}
