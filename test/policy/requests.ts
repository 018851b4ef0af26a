/** Protocol-1 requests shaped exactly like OpenClaw 2026.9.6 builds them (INSTALL_POLICY.md §3.4). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';

export const fixturesDir = path.resolve(import.meta.dirname, 'fixtures');

export interface Req {
  protocolVersion: number;
  openclawVersion: string;
  targetName: string;
  targetType: 'plugin' | 'skill';
  sourcePath: string;
  sourcePathKind: 'directory' | 'file';
  source?: Record<string, unknown>;
  origin: Record<string, unknown>;
  request: Record<string, unknown>;
  plugin?: Record<string, unknown>;
  skill?: Record<string, unknown>;
}

const base = { protocolVersion: 1, openclawVersion: '2026.9.6' };

export function doctorProbe(): Req {
  return {
    ...base,
    targetType: 'skill',
    targetName: 'doctor-install-policy-probe',
    sourcePath: path.join(os.tmpdir(), 'openclaw-install-policy-probe-Qw3rTy'),
    sourcePathKind: 'directory',
    origin: { type: 'doctor' },
    request: { kind: 'skill-install', mode: 'install', requestedSpecifier: 'doctor:install-policy-probe' },
  };
}

export function pluginPackage(dir: string, id: string, kind = 'plugin-dir'): Req {
  return {
    ...base,
    targetName: id,
    targetType: 'plugin',
    sourcePath: dir,
    sourcePathKind: 'directory',
    source: { kind: 'local-path', authority: 'user', mutable: true, network: false },
    origin: { type: 'plugin-package', packageName: id, version: '1.0.0' },
    request: { kind, mode: 'install', requestedSpecifier: dir },
    plugin: { contentType: 'package', pluginId: id, packageName: id, manifestId: id, version: '1.0.0', extensions: ['./dist/index.js'] },
  };
}

export function dependencyTree(dir: string, id: string, kind = 'plugin-npm'): Req {
  return {
    ...base,
    targetName: id,
    targetType: 'plugin',
    sourcePath: dir,
    sourcePathKind: 'directory',
    source: { kind: 'npm', authority: 'third-party', mutable: false, network: true },
    origin: { type: 'plugin-dependency-tree' },
    request: { kind, mode: 'install', requestedSpecifier: `${id}@1.0.0` },
    plugin: { contentType: 'dependency-tree', pluginId: id },
  };
}

export function npmPreflight(metadataFile: string, name: string, spec: string): Req {
  return {
    ...base,
    targetName: name,
    targetType: 'plugin',
    sourcePath: metadataFile,
    sourcePathKind: 'file',
    source: { kind: 'npm', authority: 'third-party', mutable: false, network: true },
    origin: { type: 'plugin-npm', packageName: name },
    request: { kind: 'plugin-npm', mode: 'install', requestedSpecifier: spec },
    plugin: { contentType: 'package', pluginId: name, packageName: name },
  };
}

export function npmPackPreflight(tgz: string, name: string): Req {
  return {
    ...base,
    targetName: name,
    targetType: 'plugin',
    sourcePath: tgz,
    sourcePathKind: 'file',
    source: { kind: 'archive', authority: 'user', mutable: true, network: false },
    origin: { type: 'plugin-npm', packageName: name },
    request: { kind: 'plugin-npm', mode: 'install', requestedSpecifier: `npm-pack:${tgz}` },
    plugin: { contentType: 'package', pluginId: name, packageName: name },
  };
}

export function skillInstall(dir: string, name: string): Req {
  return {
    ...base,
    targetName: name,
    targetType: 'skill',
    sourcePath: dir,
    sourcePathKind: 'directory',
    source: { kind: 'local-path', authority: 'user', mutable: true, network: false },
    origin: { type: 'path', spec: dir },
    request: { kind: 'skill-install', mode: 'install', requestedSpecifier: dir },
    skill: { installId: 'path' },
  };
}

export function skillInstaller(dir: string, name: string, installSpec: Record<string, unknown>): Req {
  return {
    ...base,
    targetName: name,
    targetType: 'skill',
    sourcePath: dir,
    sourcePathKind: 'directory',
    source: { kind: 'workspace', authority: 'user', mutable: true, network: false },
    origin: { type: 'openclaw-workspace', skillName: name, installId: String(installSpec.id ?? installSpec.kind) },
    request: { kind: 'skill-install', mode: 'install', requestedSpecifier: `${name}:${String(installSpec.id ?? installSpec.kind)}` },
    skill: { installId: String(installSpec.id ?? installSpec.kind), installSpec },
  };
}

/** A private copy of a fixture (tests may add links or files to it). */
export function copyFixture(name: string, into: string): string {
  const dest = path.join(into, name);
  fs.cpSync(path.join(fixturesDir, name), dest, { recursive: true, verbatimSymlinks: true });
  return dest;
}

export interface PolicyAnswer {
  result: CliResult;
  response: { protocolVersion: number; decision: string; reason?: string; findings?: Array<{ ruleId: string; severity: string; message: string; file?: string; line?: number; evidence?: string }> };
}

/** Run `clawguard policy` exactly as OpenClaw does: request on stdin (compact, no trailing newline). */
export async function askPolicy(request: Req | string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<PolicyAnswer> {
  const input = typeof request === 'string' ? request : JSON.stringify(request);
  // The budget the printed config uses: these tests are about answers, not about a loaded machine's speed.
  const budget = args.includes('--time-budget') ? [] : ['--time-budget', '55000'];
  const result = await runCli(['policy', ...budget, ...args], { env, input });
  const text = result.stdout.trim();
  // Exactly one JSON value on stdout, whatever the decision.
  const response = JSON.parse(text);
  return { result, response };
}
