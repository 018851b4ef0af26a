import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { operationalError } from '../core/errors.js';
import type { NpmOptions } from '../resolve/npm-config.js';

/**
 * The dependency stage: the ONE place that decides which dependency packages exist, where they are
 * inspected and how they get into the plugin. It is an object with two steps so the whole-tree stage
 * (Arborist, lockfile install, approvals) can replace it as a unit:
 *   resolve  – before inspection: lay out the production tree in the staging work dir, scripts off;
 *   install  – after the decision: put exactly that tree into the plugin directory, scripts off.
 */
export interface DependencyContext {
  /** The unpacked, validated plugin. */
  packageDir: string;
  /** A scratch dir owned by this command (inside staging for install, a temp dir for inspect). */
  workDir: string;
  npmOptions: NpmOptions;
  /** `name@version` of the plugin, the root of every dependency path. */
  pluginPackage: string;
  pluginName: string;
}

export interface DependencyPackage {
  name: string;
  version: string;
  integrity?: string;
  /** Dependency path from the plugin: `plugin>dep>dep`. */
  path: string;
  /** Where the package's files are now, for the inspection engine. */
  dir: string;
}

export interface DependencyPlan {
  packages: DependencyPackage[];
  /** Where the resolved tree was laid out (node_modules to move into the plugin), if any. */
  nodeModulesDir?: string;
}

export interface DependencyStage {
  resolve(ctx: DependencyContext): Promise<DependencyPlan>;
  install(ctx: DependencyContext, plan: DependencyPlan): Promise<void>;
}

const DEP_FIELDS = ['dependencies', 'optionalDependencies'] as const;

/** npm that ships with this Node (not whatever `npm` is first on PATH), else PATH's npm. */
function npmCommand(): { file: string; prefix: string[] } {
  const bundled = path.resolve(path.dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js');
  return fs.existsSync(bundled) ? { file: process.execPath, prefix: [bundled] } : { file: 'npm', prefix: [] };
}

function runNpm(args: string[], cwd: string, what: string): Promise<void> {
  const { file, prefix } = npmCommand();
  // Lifecycle scripts are a second code-execution path at install time: off on the command line AND in the
  // environment, so neither a user's npmrc nor a package can switch them back on.
  const env = { ...process.env, npm_config_ignore_scripts: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  return new Promise((resolve, reject) => {
    execFile(file, [...prefix, ...args], { cwd, env, maxBuffer: 32 * 1024 * 1024 }, (err, _stdout, stderr) => {
      if (!err) return resolve();
      const tail = String(stderr).trim().split('\n').slice(-12).join('\n');
      reject(
        operationalError('EDEPS', `npm could not install the dependencies of ${what}:\n${tail}`, {
          hint: 'check that the registry is reachable and serves every dependency (npm ERR lines above name the one that failed)',
          cause: err,
        }),
      );
    });
  });
}

/**
 * Default stage: `npm install --omit=dev --ignore-scripts` in an isolated work dir holding only the
 * plugin's production dependency list. The plugin's own directory is never npm's project: a `.npmrc` or a
 * lockfile shipped inside the tarball cannot redirect the registry or re-enable scripts.
 */
export const npmDependencyStage: DependencyStage = {
  async resolve(ctx) {
    const pkg = JSON.parse(fs.readFileSync(path.join(ctx.packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
    const project: Record<string, unknown> = { name: 'clawguard-dependency-stage', version: '0.0.0', private: true };
    let count = 0;
    for (const field of DEP_FIELDS) {
      const deps = pkg[field];
      if (deps && typeof deps === 'object' && !Array.isArray(deps) && Object.keys(deps).length > 0) {
        project[field] = deps;
        count += Object.keys(deps).length;
      }
    }
    if (count === 0) return { packages: [] };
    const depsDir = path.join(ctx.workDir, 'deps');
    fs.mkdirSync(depsDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(depsDir, 'package.json'), JSON.stringify(project, null, 2));
    await runNpm(
      [
        'install',
        '--omit=dev',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--no-bin-links',
        `--registry=${ctx.npmOptions.registry}`,
        `--fetch-timeout=${ctx.npmOptions.timeout}`,
        `--fetch-retries=${ctx.npmOptions.fetchRetries}`,
        '--loglevel=error',
      ],
      depsDir,
      ctx.pluginPackage,
    );
    return { packages: packagesFromLockfile(depsDir, ctx.pluginName), nodeModulesDir: path.join(depsDir, 'node_modules') };
  },

  async install(ctx, plan) {
    if (!plan.nodeModulesDir || !fs.existsSync(plan.nodeModulesDir)) return;
    const target = path.join(ctx.packageDir, 'node_modules');
    if (!fs.existsSync(target)) {
      fs.renameSync(plan.nodeModulesDir, target);
      return;
    }
    // The tarball bundled some dependencies itself: keep those (they were inspected as part of the plugin).
    for (const name of fs.readdirSync(plan.nodeModulesDir)) {
      const dest = path.join(target, name);
      if (!fs.existsSync(dest)) fs.renameSync(path.join(plan.nodeModulesDir, name), dest);
    }
  },
};

/** Every installed package from npm's hidden lockfile, with its dependency path from the plugin. */
function packagesFromLockfile(depsDir: string, pluginName: string): DependencyPackage[] {
  const lockPath = path.join(depsDir, 'node_modules', '.package-lock.json');
  if (!fs.existsSync(lockPath)) return [];
  const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as { packages?: Record<string, { version?: string; integrity?: string; name?: string }> };
  const out: DependencyPackage[] = [];
  for (const [location, meta] of Object.entries(lock.packages ?? {})) {
    if (!location.startsWith('node_modules/')) continue;
    const segments = location.split(/(?:^|\/)node_modules\//).filter(Boolean);
    const name = meta.name ?? segments[segments.length - 1];
    out.push({
      name,
      version: meta.version ?? '0.0.0',
      integrity: meta.integrity,
      path: [pluginName, ...segments].join('>'),
      dir: path.join(depsDir, location),
    });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** The stage installs use. The whole-tree work replaces this binding. */
export const dependencyStage: DependencyStage = npmDependencyStage;
