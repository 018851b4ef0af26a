import { Command } from 'commander';
import { EXIT } from '../../core/errors.js';
import { log } from '../../core/log.js';
import { buildInstallPolicyConfig, renderInstallPolicyJson5 } from '../../openclaw/print-config.js';
import { FAST_COMMAND_FLAGS } from '../flags.js';
import { action, addFlags, printJson, statePathsOf } from '../run.js';
import { policyCommand, type PolicyFlags } from '../policy-answer.js';

function printConfig(flags: PolicyFlags): number {
  const paths = statePathsOf(flags);
  const printed = buildInstallPolicyConfig({ explicitStateDir: flags.stateDir ? paths.stateDir : undefined, registry: flags.registry, minReleaseAge: flags.minReleaseAge });
  if (flags.json) printJson({ configPath: paths.configPath, installPolicy: printed.installPolicy, problems: printed.problems });
  else process.stdout.write(renderInstallPolicyJson5(printed.installPolicy, paths.configPath));
  for (const p of printed.problems) {
    log.error(p.problem);
    process.stderr.write(`  fix: ${p.fix}\n`);
  }
  if (printed.problems.length) {
    log.error('OpenClaw would refuse this command and every covered install would fail closed until the problems above are fixed');
    return EXIT.policy;
  }
  log.info('OpenClaw\'s path checks pass for this command. After merging the block, run "openclaw doctor --deep" to probe it.');
  return EXIT.ok;
}

export function registerPolicy(program: Command): void {
  // The flags are the launcher's too (flags.ts): one table for both doors.
  addFlags(
    program
      .command('policy')
      .description("OpenClaw's install-policy command (security.installPolicy.exec), protocol 1: one JSON request on stdin, one JSON answer on stdout"),
    FAST_COMMAND_FLAGS.policy,
  ).action(
    action(async (flags: PolicyFlags) => {
      if (flags.printConfig) return printConfig(flags);
      return policyCommand(flags);
    }),
  );
}
