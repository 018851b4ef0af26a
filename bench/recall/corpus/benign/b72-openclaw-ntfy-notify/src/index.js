import { send } from './send.js';

function clip(s, n = 200) {
  const t = String(s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

export default {
  id: 'ntfy-notify',
  register(api) {
    const cfg = { mode: 'ntfy', events: ['run_finished', 'approval_needed', 'error'], includeText: false, ...(api.pluginConfig || {}) };
    if (!cfg.url) { api.logger?.warn?.('ntfy-notify: no url configured, notifications disabled'); return; }
    const on = new Set(cfg.events);
    const notify = (n) => send(cfg, n, api.logger);

    if (on.has('run_finished')) {
      api.on('agent_end', (ev) => {
        const secs = ev?.durationMs ? ` in ${Math.round(ev.durationMs / 1000)}s` : '';
        notify({ title: 'OpenClaw: run finished', body: `Agent ${ev?.agentId ?? ''} finished${secs}.` + (cfg.includeText && ev?.summary ? `\n${clip(ev.summary)}` : ''), tags: ['white_check_mark'] });
      });
    }
    if (on.has('approval_needed')) {
      api.on('before_tool_call', (ev) => {
        if (ev?.requiresApproval) notify({ title: 'OpenClaw: approval needed', body: `Tool ${ev.toolName} is waiting for your approval.`, priority: 4, tags: ['warning'] });
      });
    }
    if (on.has('error')) {
      api.on('agent_error', (ev) => notify({ title: 'OpenClaw: error', body: clip(ev?.error?.message ?? 'unknown error'), priority: 4, tags: ['x'] }));
    }
    if (on.has('message_received')) {
      api.on('message_received', (ev) => notify({ title: `OpenClaw: message on ${ev?.channel ?? 'chat'}`, body: cfg.includeText ? clip(ev?.text) : 'New message received.' }));
    }

    api.registerCommand?.({
      name: 'notify-test',
      description: 'Send a test notification to the configured URL',
      handler: async () => { await notify({ title: 'OpenClaw test', body: 'If you can read this, notifications work.' }); return { text: `sent to ${new URL(cfg.url).host}` }; },
    });
  },
};
