/**
 * The `security.installPolicy` block that makes clawguard OpenClaw's install policy, for THIS installation.
 * OpenClaw spawns the command with an empty environment and `cwd = dirname(command)`, and checks the command
 * and every script-looking argument (§1.3–1.4). Hence:
 *   - `command` is the real node binary (symlinks resolved: a symlinked command is refused), and the first
 *     arg the real path of clawguard's entry script (node is an "interpreter", so its script is checked too);
 *   - no other argument may look like a path (any arg with `/` is checked as a script file and a directory
 *     fails), so the state dir reaches the policy through `passEnv` (the same variables OpenClaw itself
 *     resolves its state dir from) and, when set explicitly, a literal `env` entry;
 *   - `timeoutMs` is raised from 10 s to 60 s for large dependency trees, and the policy's own budget sits
 *     below it so it always answers before being killed.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSON5 from 'json5';
import { checkSecureCommandPath, type PathProblem } from './secure-path.js';

export const POLICY_TIMEOUT_MS = 60_000;
/** What the policy itself may spend: the rest of the timeout covers node start-up and the answer. */
export const POLICY_TIME_BUDGET_MS = 55_000;

/** Variables the policy needs from the installing process: the state dir (as OpenClaw resolves it), npm config, proxies. */
export const POLICY_PASS_ENV = [
  'HOME',
  'OPENCLAW_STATE_DIR',
  'OPENCLAW_CONFIG_PATH',
  'OPENCLAW_HOME',
  'NPM_CONFIG_USERCONFIG',
  'npm_config_userconfig',
  'npm_config_registry',
  // Where the inspection service keeps its result cache (src/engine/result-cache.ts): the hook shares it with the CLI.
  'npm_config_cache',
  'NPM_CONFIG_CACHE',
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'NO_PROXY',
  'https_proxy',
  'http_proxy',
  'no_proxy',
  'NODE_EXTRA_CA_CERTS',
];

export interface InstallPolicyConfig {
  enabled: true;
  targets: Array<'plugin' | 'skill'>;
  exec: {
    source: 'exec';
    command: string;
    args: string[];
    timeoutMs: number;
    passEnv: string[];
    env?: Record<string, string>;
  };
}

export interface PrintConfigOptions {
  /** Set when the operator passed --state-dir: the policy cannot inherit it, so it becomes a literal env entry. */
  explicitStateDir?: string;
  registry?: string;
  minReleaseAge?: string;
  nodePath?: string;
  scriptPath?: string;
}

export interface PrintedConfig {
  installPolicy: InstallPolicyConfig;
  problems: PathProblem[];
}

/** clawguard's executable, the launcher bundle next to this module in the build (dist/openclaw → dist/cli/clawguard.cjs). */
export function clawguardEntryScript(): string {
  return fileURLToPath(new URL('../cli/clawguard.cjs', import.meta.url));
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

export function buildInstallPolicyConfig(options: PrintConfigOptions = {}): PrintedConfig {
  const command = realpathOr(options.nodePath ?? process.execPath);
  const script = realpathOr(options.scriptPath ?? clawguardEntryScript());
  const args = [script, 'policy', '--time-budget', String(POLICY_TIME_BUDGET_MS)];
  if (options.minReleaseAge !== undefined) args.push('--min-release-age', options.minReleaseAge);
  const env: Record<string, string> = {};
  if (options.explicitStateDir) env.OPENCLAW_STATE_DIR = options.explicitStateDir;
  if (options.registry) env.npm_config_registry = options.registry;
  const installPolicy: InstallPolicyConfig = {
    enabled: true,
    targets: ['plugin', 'skill'],
    exec: {
      source: 'exec',
      command,
      args,
      timeoutMs: POLICY_TIMEOUT_MS,
      passEnv: POLICY_PASS_ENV,
      ...(Object.keys(env).length ? { env } : {}),
    },
  };
  const problems = [
    ...checkSecureCommandPath(command, 'security.installPolicy.exec.command'),
    ...checkSecureCommandPath(script, 'security.installPolicy.exec.args[0]'),
  ];
  return { installPolicy, problems };
}

/** The block as JSON5 to merge into openclaw.json (parseable as-is: `JSON5.parse` gives `{security:{installPolicy}}`). */
export function renderInstallPolicyJson5(config: InstallPolicyConfig, configPath: string): string {
  const body = JSON5.stringify({ security: { installPolicy: config } }, null, 2);
  return `// clawguard as OpenClaw's install policy: merge into ${configPath}\n// (then check it with: openclaw doctor --deep)\n${body}\n`;
}
