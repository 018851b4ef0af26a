import fs from 'node:fs';
import path from 'node:path';
import { operationalError, policyError } from '../core/errors.js';
import { log } from '../core/log.js';
import type { LifecycleScript } from '../report/types.js';
import { INSTALL_EVENTS, IMPLICIT_GYP_COMMAND, lifecycleScriptsOf, scriptKey } from '../tree/lifecycle-scripts.js';
import { runScript } from '../tree/npmcli.js';

/**
 * Running approved lifecycle scripts, after the tree is installed and verified, before the plugin is
 * committed (a failure rolls the whole install back).
 */

/**
 * Variables an install script has no business reading: registry and git-host tokens (the worm families
 * harvest exactly these to republish), cloud credentials, and anything named like a secret. Stripped from
 * the script's environment, not just overridden.
 */
const SECRET_PREFIXES = ['AWS_', 'GOOGLE_', 'GCLOUD_', 'GCP_', 'CLOUDSDK_', 'AZURE_', 'ARM_', 'DIGITALOCEAN_', 'HEROKU_', 'VAULT_', 'OPENCLAW_'];
const SECRET_NAMES = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH)/i;

export function isSecretEnvName(name: string): boolean {
  const upper = name.toUpperCase();
  if (SECRET_PREFIXES.some((p) => upper.startsWith(p))) return true;
  if (upper.startsWith('NPM_CONFIG_') && (/(AUTH|TOKEN|PASSWORD|CERT|KEY|USERNAME|EMAIL)/.test(upper) || name.includes('//'))) return true;
  return SECRET_NAMES.test(name);
}

/** The script environment: the caller's, with every secret-looking variable removed (set to undefined: spawn drops it). */
export function scriptEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) out[name] = isSecretEnvName(name) ? undefined : value;
  return out;
}

export interface InstalledPackageRef {
  name: string;
  version: string;
  /** Directory of the installed package (the plugin root for the plugin itself). */
  dir: string;
  depPath: string;
  /** Graph depth; the plugin is 0. */
  depth: number;
}

export interface ScriptRunResult {
  ran: LifecycleScript[];
  skipped: LifecycleScript[];
}

/**
 * Run the approved scripts in dependency order: deepest packages first, the plugin last (a parent's build
 * may need its dependencies built), each package's events in npm's order. Each command is re-read from the
 * installed package.json and must hash to the approved text: what runs is what was approved.
 */
export async function runApprovedScripts(packages: InstalledPackageRef[], scripts: LifecycleScript[], env: NodeJS.ProcessEnv = process.env): Promise<ScriptRunResult> {
  const ran: LifecycleScript[] = [];
  const skipped = scripts.filter((s) => !s.approved);
  const approved = scripts.filter((s) => s.approved);
  if (approved.length === 0) return { ran, skipped };
  const order = [...packages].sort((a, b) => b.depth - a.depth || a.depPath.localeCompare(b.depPath));
  const scriptEnv = scriptEnvironment(env);
  for (const pkg of order) {
    const packageId = `${pkg.name}@${pkg.version}`;
    const mine = approved.filter((s) => s.package === packageId && s.path === pkg.depPath);
    if (mine.length === 0) continue;
    const manifest = JSON.parse(fs.readFileSync(path.join(pkg.dir, 'package.json'), 'utf8')) as Record<string, unknown> & { scripts?: Record<string, unknown> };
    const current = new Map(lifecycleScriptsOf(pkg.dir, manifest, packageId, pkg.depPath).map((s) => [scriptKey(s), s]));
    for (const event of INSTALL_EVENTS) {
      for (const script of mine.filter((s) => s.event === event)) {
        if (!current.has(scriptKey(script)))
          throw policyError('ESCRIPT_CHANGED', `the ${event} script of ${packageId} on disk is not the one that was approved`, {
            hint: 'nothing was installed; run the command again to inspect what is there now',
          });
        await runOne(pkg, manifest, script, scriptEnv);
        ran.push(script);
      }
    }
  }
  return { ran, skipped };
}

async function runOne(pkg: InstalledPackageRef, manifest: Record<string, unknown>, script: LifecycleScript, env: Record<string, string | undefined>): Promise<void> {
  log.info(`running ${script.package} ${script.event}: ${script.command}`);
  let result: { code: number; signal: string | null; stdout?: string; stderr?: string };
  try {
    result = await runScript({
      event: script.event,
      path: pkg.dir,
      pkg: manifest,
      // The implicit node-gyp build has no script entry; every other command is the approved text itself.
      cmd: script.command === IMPLICIT_GYP_COMMAND && !(manifest.scripts as Record<string, unknown> | undefined)?.[script.event] ? undefined : script.command,
      env,
      stdio: 'pipe',
    });
  } catch (err) {
    const e = err as { code?: number; signal?: string; stdout?: string; stderr?: string; message?: string };
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim().split('\n').slice(-20).join('\n');
    throw operationalError(
      'ESCRIPT_FAILED',
      `the approved ${script.event} script of ${script.package} (${script.path}) failed with ${e.signal ? `signal ${e.signal}` : `exit code ${e.code}`}${output ? `:\n${output}` : ''}`,
      { hint: 'nothing was installed (the previous state is unchanged); fix the build environment the script needs, or install without approving it', cause: err },
    );
  }
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  // Script output goes to stderr: stdout carries only the command's result (JSON under --json).
  if (output) process.stderr.write(`${output}\n`);
}
