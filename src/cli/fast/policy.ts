/** `policy` for the launcher (dist/cli/fast/policy.cjs): the doctor probe answers without loading the engine. */
import { policyCommand, type PolicyFlags } from '../policy-answer.js';
import { fastMain } from './main.js';

export async function run(opts: PolicyFlags): Promise<void> {
  process.exitCode = await policyCommand(opts);
}

export const main = fastMain('policy', run);
