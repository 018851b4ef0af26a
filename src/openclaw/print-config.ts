/**
 * The `security.installPolicy` block that makes clawguard OpenClaw's install policy, for THIS installation.
 * OpenClaw spawns the command with an empty environment and `cwd = dirname(command)`, and checks the command
 * and every script-looking argument (§1.3–1.4). Hence:
 *   - `command` is the real node binary (symlinks resolved: a symlinked command is refused), and the first
 *     arg the real path of clawguard's entry script (node is an "interpreter", so its script is checked too);
 *   - no other argument may look like a path (any arg with `/` is checked as a script file and a directory
 *     fails), so the state dir reaches the policy through `passEnv` (the same variables OpenClaw itself
 *     resolves its state dir from) and, when set explicitly, a literal `env` entry;
 *   - `timeoutMs` is raised from OpenClaw's default 10 s to what a large first-seen dependency tree measured
 *     (POLICY_TIMEOUT_MS below), and the policy's own budget sits below it so it always answers before being
 *     killed.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSecureCommandPath, type PathProblem } from './secure-path.js';
import { json5 } from '../core/json5.js';

/**
 * The floor of a cold (first-seen) answer for OpenClaw's own dependency tree, openclaw@2026.9.6: 331 packages,
 * 531 MiB, 38,751 files. Measured with bench/policy/run.mjs and the engine alone per package, 2 cores, Node 20,
 * 2026-12-02: the engine spends 130 s of CPU on the tree (244 ms per MiB; median 38 ms per package), 41 s of
 * it on one package (openclaw itself, 284 MiB, 12,236 files: a package runs on one thread, never split); a
 * warm answer (start-up, every digest, every lookup) takes 5 s. On 2 cores a cold answer therefore needs at
 * least 5 s + max(130 s / 2, 41 s) = 70 s, whatever the service does: 10 s is out of reach by 7x.
 */
export const MEASURED_COLD_TREE_FLOOR_MS = 70_000;
/**
 * The margin over that floor: a machine busy with other work. On the shared 2-core machine of the measurement
 * (load average 5-8) the same cold answer took 261 s (3.7x) and the openclaw package 194 s on its thread; with
 * 3x, the policy's budget still outlasts that package, which the service starts first (largest first), so even
 * there a "did not finish" block is followed by a retry that finds it cached and completes.
 */
export const TIMEOUT_MARGIN = 3;
/** OpenClaw's `timeoutMs`: the floor times the margin, rounded up to 30 s (210 s). */
export const POLICY_TIMEOUT_MS = Math.ceil((MEASURED_COLD_TREE_FLOOR_MS * TIMEOUT_MARGIN) / 30_000) * 30_000;
/** Node start-up, writing the answer and exiting, under load: the policy's own budget stops this much earlier. */
export const POLICY_EXIT_HEADROOM_MS = 5_000;
/** What the policy itself may spend (`--time-budget`): it answers, `block` if unfinished, before OpenClaw kills it. */
export const POLICY_TIME_BUDGET_MS = POLICY_TIMEOUT_MS - POLICY_EXIT_HEADROOM_MS;

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
  const body = json5().stringify({ security: { installPolicy: config } }, null, 2);
  return `// clawguard as OpenClaw's install policy: merge into ${configPath}\n// (then check it with: openclaw doctor --deep)\n${body}\n`;
}
