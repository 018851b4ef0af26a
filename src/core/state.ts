import os from 'node:os';
import path from 'node:path';

/** Where OpenClaw keeps its state and config, and where clawguard keeps its records inside it. */
export interface StatePaths {
  stateDir: string;
  configPath: string;
  extensionsDir: string;
  clawguardDir: string;
  ledgerPath: string;
  approvalsPath: string;
  suppressionsPath: string;
  lockPath: string;
  quarantineDir: string;
  cacheDir: string;
}

export interface StateOptions {
  stateDir?: string;
  config?: string;
  env?: NodeJS.ProcessEnv;
}

function homeDir(env: NodeJS.ProcessEnv): string {
  return env.OPENCLAW_HOME ? path.resolve(env.OPENCLAW_HOME) : (env.HOME ?? os.homedir());
}

/**
 * Contract order: --state-dir, $OPENCLAW_STATE_DIR, dirname($OPENCLAW_CONFIG_PATH), $OPENCLAW_HOME/.openclaw, ~/.openclaw.
 * Config: --config, $OPENCLAW_CONFIG_PATH, <state>/openclaw.json.
 */
export function resolveStatePaths(options: StateOptions = {}): StatePaths {
  const env = options.env ?? process.env;
  const stateDir = path.resolve(
    options.stateDir ??
      (env.OPENCLAW_STATE_DIR ||
        (env.OPENCLAW_CONFIG_PATH ? path.dirname(path.resolve(env.OPENCLAW_CONFIG_PATH)) : path.join(homeDir(env), '.openclaw'))),
  );
  const configPath = path.resolve(options.config ?? (env.OPENCLAW_CONFIG_PATH || path.join(stateDir, 'openclaw.json')));
  const clawguardDir = path.join(stateDir, 'clawguard');
  return {
    stateDir,
    configPath,
    extensionsDir: path.join(stateDir, 'extensions'),
    clawguardDir,
    ledgerPath: path.join(clawguardDir, 'ledger.json'),
    approvalsPath: path.join(clawguardDir, 'approvals.json'),
    suppressionsPath: path.join(clawguardDir, 'suppressions.json5'),
    lockPath: path.join(clawguardDir, 'lock'),
    quarantineDir: path.join(clawguardDir, 'quarantine'),
    cacheDir: path.join(clawguardDir, 'cache'),
  };
}

/** Expand `~` the way OpenClaw does (OPENCLAW_HOME replaces the home). */
export function expandHome(p: string, env: NodeJS.ProcessEnv = process.env): string {
  if (p === '~') return homeDir(env);
  if (p.startsWith('~/')) return path.join(homeDir(env), p.slice(2));
  return p;
}
