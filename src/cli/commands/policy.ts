import { Command } from 'commander';
import { EXIT } from '../../core/errors.js';
import { log } from '../../core/log.js';
import { buildInstallPolicyConfig, renderInstallPolicyJson5 } from '../../openclaw/print-config.js';
import { action, addGlobalOptions, printJson, statePathsOf } from '../run.js';
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
  addGlobalOptions(
    program
      .command('policy')
      .description("OpenClaw's install-policy command (security.installPolicy.exec), protocol 1: one JSON request on stdin, one JSON answer on stdout")
      .option('--print-config', 'print the security.installPolicy block for openclaw.json and check it against OpenClaw\'s path rules')
      .option('--min-release-age <days>', 'refuse (warn) npm versions published more recently than this (default 1; 0 turns it off)')
      .option('--time-budget <ms>', 'answer within this many milliseconds (keep it below exec.timeoutMs; default 8500)')
      .option('--suppressions <file>', 'reviewed suppressions (JSON5; default: <state dir>/clawguard/suppressions.json5 when it exists); a missing file fails closed'),
  ).action(
    action(async (flags: PolicyFlags) => {
      if (flags.printConfig) return printConfig(flags);
      return policyCommand(flags);
    }),
  );
}
