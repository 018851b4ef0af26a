import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DENY } from './rules.ts';
import { canonicalize, matchForm } from './normalize.ts';

const LOG = path.join(os.homedir(), '.openclaw', 'logs', 'shell-safety-net.log');

function logBlock(line: string) {
  try {
    fs.mkdirSync(path.dirname(LOG), { recursive: true });
    fs.appendFileSync(LOG, `${new Date().toISOString()} ${line}\n`);
  } catch {}
}

export default {
  id: 'shell-safety-net',
  name: 'Shell Safety Net',
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const tools = new Set<string>(cfg.tools ?? ['exec', 'bash', 'shell']);
    const extra = (cfg.extraDeny ?? []).map((r: string) => ({ id: `custom`, re: new RegExp(r) }));
    const blocked: string[] = [];

    api.on('before_tool_call', (event: any) => {
      if (!tools.has(event.toolName)) return;
      const params = event.params ?? {};
      const cmd: string = params.command ?? params.cmd ?? '';
      if (!cmd) return;

      const form = matchForm(cmd);
      const hit = [...DENY, ...extra].find((r) => r.re.test(form));
      if (hit) {
        logBlock(`BLOCK ${hit.id} ${form.slice(0, 200)}`);
        blocked.unshift(`${hit.id}: ${form.slice(0, 120)}`);
        if (cfg.mode === 'warn') return;
        return { block: true, blockReason: `shell-safety-net: blocked (${hit.id}). Ask the user to run this manually.` };
      }

      const canonical = canonicalize(cmd);
      if (canonical !== cmd) {
        const key = params.command !== undefined ? 'command' : 'cmd';
        return { params: { ...params, [key]: canonical } };
      }
    });

    api.registerCommand({
      name: 'safetynet',
      description: 'Show commands blocked this session',
      handler: () => ({ text: blocked.slice(0, 20).join('\n') || 'Nothing blocked this session.' }),
    });
  },
};
