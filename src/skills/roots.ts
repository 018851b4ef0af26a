import fs from 'node:fs';
import path from 'node:path';
import { expandHome } from '../core/state.js';
import type { OpenClawConfig } from '../config/openclaw-config.js';

/**
 * OpenClaw's skill roots, lowest to highest precedence (shared/openclaw/OPENCLAW.md): extraDirs and
 * plugin-shipped skill dirs; bundled; `<cfg>/skills`; `~/.agents/skills`; `<workspace>/.agents/skills`;
 * `<workspace>/skills`. A malicious skill in any of them is live on the next agent turn, so all are watched.
 */
export type SkillRootSource = 'extra' | 'plugin' | 'bundled' | 'managed' | 'personal' | 'workspace-agents' | 'workspace' | 'cli';

export interface SkillRoot {
  dir: string;
  source: SkillRootSource;
}

export interface SkillRootOptions {
  stateDir: string;
  config: OpenClawConfig;
  env?: NodeJS.ProcessEnv;
  /** `--workspace DIR…`: replaces the configured workspaces. */
  workspaces?: string[];
  /** `--root DIR…`: added (highest precedence). */
  roots?: string[];
  /** `--only-roots`: watch the `--root` dirs and nothing discovered. */
  onlyRoots?: boolean;
  /** `--openclaw-dir DIR`: an OpenClaw install whose bundled `skills/` is a root. */
  openclawDir?: string;
}

const userPath = (p: string, env: NodeJS.ProcessEnv) => path.resolve(expandHome(p, env));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);

function homeOf(env: NodeJS.ProcessEnv): string {
  return expandHome('~', env);
}

/**
 * Workspaces: `--workspace`, else `agents.defaults.workspace` plus every `agents.list[].workspace`, else
 * OpenClaw's default `~/.openclaw/workspace` (`workspace-<profile>` with OPENCLAW_PROFILE), which we take
 * under the state dir so a relocated state dir brings its workspace along.
 */
export function resolveWorkspaces(options: SkillRootOptions): string[] {
  const env = options.env ?? process.env;
  if (options.workspaces && options.workspaces.length > 0) return options.workspaces.map((w) => userPath(w, env));
  const agents = options.config.agents as { defaults?: { workspace?: unknown }; list?: unknown } | undefined;
  const configured = [agents?.defaults?.workspace, ...(Array.isArray(agents?.list) ? agents.list.map((a) => (a as { workspace?: unknown })?.workspace) : [])];
  const found = strings(configured).map((w) => userPath(w, env));
  if (found.length > 0) return [...new Set(found)];
  const profile = env.OPENCLAW_PROFILE?.trim();
  return [path.join(options.stateDir, profile && profile !== 'default' ? `workspace-${profile}` : 'workspace')];
}

/** The `skills/` of an OpenClaw install: `--openclaw-dir`, else $OPENCLAW_BUNDLED_SKILLS_DIR, else the `openclaw` on PATH. */
export function bundledSkillsDir(options: SkillRootOptions): string | undefined {
  const env = options.env ?? process.env;
  if (options.openclawDir) return path.join(userPath(options.openclawDir, env), 'skills');
  if (env.OPENCLAW_BUNDLED_SKILLS_DIR) return userPath(env.OPENCLAW_BUNDLED_SKILLS_DIR, env);
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    let bin: string;
    try {
      bin = fs.realpathSync(path.join(dir, 'openclaw'));
    } catch {
      continue;
    }
    for (let d = path.dirname(bin); d !== path.dirname(d); d = path.dirname(d)) {
      try {
        if (JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8')).name === 'openclaw') return path.join(d, 'skills');
      } catch {
        /* keep walking up */
      }
    }
  }
  return undefined;
}

/** Directory names OpenClaw skips when scanning a plugin root (renamed-aside and build output). */
function skippedPluginDir(name: string): boolean {
  const n = name.toLowerCase();
  return ['.git', '.hg', '.svn', '.turbo', '.yarn', '.yarn-cache', 'build', 'coverage', 'dist', 'node_modules'].includes(n) || n.endsWith('.bak') || n.includes('.backup-') || n.includes('.disabled');
}

const subdirs = (dir: string) => {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !skippedPluginDir(e.name)).map((e) => path.join(dir, e.name));
  } catch {
    return [];
  }
};

/** Plugin folders OpenClaw would discover: global extensions, npm projects, workspace extensions, load paths. */
function pluginDirs(options: SkillRootOptions, workspaces: string[]): string[] {
  const env = options.env ?? process.env;
  const dirs = [...subdirs(path.join(options.stateDir, 'extensions'))];
  for (const project of subdirs(path.join(options.stateDir, 'npm', 'projects'))) {
    for (const pkg of subdirs(path.join(project, 'node_modules'))) {
      if (path.basename(pkg).startsWith('@')) dirs.push(...subdirs(pkg));
      else dirs.push(pkg);
    }
  }
  for (const ws of workspaces) dirs.push(...subdirs(path.join(ws, '.openclaw', 'extensions')));
  dirs.push(...strings(options.config.plugins?.load?.paths).map((p) => userPath(p, env)));
  return dirs;
}

/** Skill dirs a plugin ships (`openclaw.plugin.json` → `skills`), kept only when they stay inside the plugin. */
function pluginSkillDirs(pluginDir: string): string[] {
  let manifest: { skills?: unknown };
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(pluginDir, 'openclaw.plugin.json'), 'utf8'));
  } catch {
    return [];
  }
  return strings(manifest.skills)
    .map((s) => path.resolve(pluginDir, s))
    .filter((s) => {
      const rel = path.relative(pluginDir, s);
      return !rel.startsWith('..') && !path.isAbsolute(rel);
    });
}

export function resolveSkillRoots(options: SkillRootOptions): SkillRoot[] {
  const env = options.env ?? process.env;
  const cli = (options.roots ?? []).map((r): SkillRoot => ({ dir: userPath(r, env), source: 'cli' }));
  if (options.onlyRoots) return dedupe(cli);
  const workspaces = resolveWorkspaces(options);
  const roots: SkillRoot[] = [];
  for (const d of strings(options.config.skills?.load?.extraDirs)) roots.push({ dir: userPath(d, env), source: 'extra' });
  for (const p of pluginDirs(options, workspaces)) for (const d of pluginSkillDirs(p)) roots.push({ dir: d, source: 'plugin' });
  const bundled = bundledSkillsDir(options);
  if (bundled) roots.push({ dir: bundled, source: 'bundled' });
  roots.push({ dir: path.join(options.stateDir, 'skills'), source: 'managed' });
  roots.push({ dir: path.join(homeOf(env), '.agents', 'skills'), source: 'personal' });
  for (const ws of workspaces) {
    roots.push({ dir: path.join(ws, '.agents', 'skills'), source: 'workspace-agents' });
    roots.push({ dir: path.join(ws, 'skills'), source: 'workspace' });
  }
  return dedupe([...roots, ...cli]);
}

/** One watcher per folder: a root listed twice (extraDirs pointing at the workspace) is kept at its first place. */
function dedupe(roots: SkillRoot[]): SkillRoot[] {
  const seen = new Set<string>();
  return roots.filter((r) => {
    const key = path.resolve(r.dir);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
