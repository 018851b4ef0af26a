'use strict';
const { execFile } = require('child_process');
const path = require('path');

const SCRIPT = path.join(__dirname, 'assets', 'toast.ps1');
const ICON = path.join(__dirname, 'assets', 'icon.png');

function toast(title, body, cfg) {
  return new Promise((resolve, reject) => {
    execFile('powershell.exe', [
      '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-WindowStyle', 'Hidden',
      '-File', SCRIPT, '-Title', title, '-Body', body || '', '-AppId', cfg.appId || 'OpenClaw.Agent',
      '-Sound', cfg.sound || 'Default', '-Icon', ICON,
    ], { windowsHide: true }, (err, _o, e) => (err ? reject(new Error(e || err.message)) : resolve()));
  });
}

module.exports = {
  id: 'windows-toast',
  name: 'Windows Toast',
  register(api) {
    const cfg = api.pluginConfig || {};
    if (process.platform !== 'win32') return;

    api.registerTool({
      name: 'notify_desktop',
      description: 'Show a Windows toast notification to the user (e.g. when a long task finishes).',
      parameters: {
        type: 'object',
        properties: { title: { type: 'string', maxLength: 120 }, body: { type: 'string', maxLength: 500 } },
        required: ['title'],
      },
      async execute(_id, p) {
        await toast(p.title, p.body, cfg);
        return { content: [{ type: 'text', text: 'Notification shown.' }] };
      },
    });

    if (cfg.notifyOnAgentEnd !== false) {
      const started = new Map();
      api.on('before_agent_start', (_e, ctx) => { started.set(ctx?.sessionKey || 'default', Date.now()); });
      api.on('agent_end', async (evt, ctx) => {
        const key = ctx?.sessionKey || 'default';
        const t0 = started.get(key); started.delete(key);
        if (!t0 || (Date.now() - t0) / 1000 < (cfg.minTaskSeconds ?? 30)) return;
        const ok = evt?.success !== false;
        await toast(ok ? 'OpenClaw finished' : 'OpenClaw stopped with an error',
          `Task took ${Math.round((Date.now() - t0) / 1000)}s`, cfg).catch(() => {});
      });
    }
  },
};
