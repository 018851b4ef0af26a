/**
 * Where OpenClaw looks for plugins, resolved the way OpenClaw 2026.9.6 resolves it (`src/plugins/roots.ts`,
 * `bundled-dir.ts`, the default agent workspace), so `gateway check` scans the same directories.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OpenClawConfig } from '../config/openclaw-config.js';
import { expandHome, type StatePaths } from '../core/state.js';

export interface RootOptions {
  /** OpenClaw installation (package root) whose bundled plugins to include. */
  openclawDir?: string;
  /** Agent workspace (holds `.openclaw/extensions`). */
  workspace?: string;
  env?: NodeJS.ProcessEnv;
}

export interface ResolvedRoots {
  bundledDir?: string;
  /** How the bundled dir was found, or why there is none. */
  bundledFrom: string;
  globalDir: string;
  workspaceDir: string;
  loadPaths: string[];
}

const resolveUserPath = (p: string, env: NodeJS.ProcessEnv) => path.resolve(expandHome(p, env));

function bundledDirOfPackage(packageRoot: string): string | undefined {
  for (const rel of [path.join('dist', 'extensions'), path.join('dist-runtime', 'extensions'), 'extensions']) {
    const dir = path.join(packageRoot, rel);
    if (fs.existsSync(dir)) return dir;
  }
  return undefined;
}

/** Find the `openclaw` command on PATH and walk up from its real path to the package root. */
function findInstalledOpenClaw(env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const bin = path.join(dir, 'openclaw');
    let real: string;
    try {
      real = fs.realpathSync(bin);
    } catch {
      continue;
    }
    for (let cur = path.dirname(real), i = 0; i < 6; i++, cur = path.dirname(cur)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(path.join(cur, 'package.json'), 'utf8')) as { name?: string };
        if (pkg.name === 'openclaw') return cur;
      } catch {
        /* keep walking up */
      }
      if (path.dirname(cur) === cur) break;
    }
  }
  return undefined;
}

export function resolvePluginRoots(paths: StatePaths, config: OpenClawConfig, options: RootOptions = {}): ResolvedRoots {
  const env = options.env ?? process.env;
  let bundledDir: string | undefined;
  let bundledFrom: string;
  const disabled = ['1', 'true'].includes((env.OPENCLAW_DISABLE_BUNDLED_PLUGINS ?? '').trim().toLowerCase());
  if (options.openclawDir) {
    const root = resolveUserPath(options.openclawDir, env);
    bundledDir = bundledDirOfPackage(root);
    bundledFrom = bundledDir ? `--openclaw-dir ${root}` : `--openclaw-dir ${root} has no dist/extensions`;
  } else if (disabled) {
    bundledFrom = 'OPENCLAW_DISABLE_BUNDLED_PLUGINS is set';
  } else if (env.OPENCLAW_BUNDLED_PLUGINS_DIR?.trim() && fs.existsSync(resolveUserPath(env.OPENCLAW_BUNDLED_PLUGINS_DIR.trim(), env))) {
    bundledDir = resolveUserPath(env.OPENCLAW_BUNDLED_PLUGINS_DIR.trim(), env);
    bundledFrom = 'OPENCLAW_BUNDLED_PLUGINS_DIR';
  } else {
    const pkg = findInstalledOpenClaw(env);
    bundledDir = pkg ? bundledDirOfPackage(pkg) : undefined;
    bundledFrom = pkg ? `openclaw on PATH (${pkg})` : 'no OpenClaw installation found on PATH (pass --openclaw-dir to include bundled plugins)';
  }
  const configuredWorkspace = config.agents?.defaults?.workspace;
  const workspaceDir = options.workspace
    ? resolveUserPath(options.workspace, env)
    : typeof configuredWorkspace === 'string' && configuredWorkspace.trim()
      ? resolveUserPath(configuredWorkspace.trim(), env)
      : env.OPENCLAW_WORKSPACE_DIR?.trim()
        ? resolveUserPath(env.OPENCLAW_WORKSPACE_DIR.trim(), env)
        : path.join(paths.stateDir, 'workspace');
  const rawLoadPaths = config.plugins?.load?.paths;
  const loadPaths = Array.isArray(rawLoadPaths) ? rawLoadPaths.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => resolveUserPath(p.trim(), env)) : [];
  return { bundledDir, bundledFrom, globalDir: paths.extensionsDir, workspaceDir, loadPaths };
}
