import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeSandbox, runCli, type Sandbox } from '../helpers/cli.js';

/** Every path under the state dir with a hash of its bytes (or its link target): "unchanged" means equal. */
export function stateFingerprint(stateDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    const abs = path.join(stateDir, rel);
    if (!fs.existsSync(abs)) return;
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      // Staging garbage is allowed by the contract ("cleaned up by the next command").
      if (entry.name.startsWith('.clawguard-staging-')) continue;
      const p = path.join(stateDir, child);
      if (entry.isDirectory()) {
        out[`${child}/`] = 'dir';
        walk(child);
      } else if (entry.isSymbolicLink()) out[child] = `-> ${fs.readlinkSync(p)}`;
      else out[child] = createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk('');
  return out;
}

export interface TreeSandbox extends Sandbox {
  canary: string;
  /** Lines the canary postinstall wrote (each run appends one). */
  canaryLines(): string[];
  cli(args: string[], extraEnv?: NodeJS.ProcessEnv): ReturnType<typeof runCli>;
}

export function treeSandbox(registryUrl: string): TreeSandbox {
  const sandbox = makeSandbox(registryUrl);
  const canary = path.join(sandbox.root, 'canary.txt');
  sandbox.env.CLAWGUARD_CANARY = canary;
  return {
    ...sandbox,
    canary,
    canaryLines: () => (fs.existsSync(canary) ? fs.readFileSync(canary, 'utf8').split('\n').filter(Boolean) : []),
    cli: (args, extraEnv = {}) => runCli(args, { env: { ...sandbox.env, ...extraEnv } }),
  };
}
