'use strict';
const { listPanes, capture, sendKeys } = require('./lib/tmux');
const { watchInterval } = require('./lib/keepalive');

const text = (t) => ({ content: [{ type: 'text', text: t }] });

module.exports = {
  id: 'tmux-bridge',
  name: 'tmux bridge',
  register(api) {
    const cfg = api.pluginConfig || {};

    api.registerTool({
      name: 'tmux_list',
      description: 'List tmux panes with their running command and working directory.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const panes = await listPanes(cfg.socketName);
        if (!panes.length) return text('No tmux server running.');
        return text(panes.map((p) => `${p.active ? '*' : ' '} ${p.target}  ${p.command}  ${p.cwd}`).join('\n'));
      }
    });

    api.registerTool({
      name: 'tmux_capture',
      description: 'Capture the last N lines of a tmux pane.',
      parameters: { type: 'object', required: ['target'], properties: { target: { type: 'string' }, lines: { type: 'integer' } } },
      async execute(_id, p) {
        return text(await capture(p.target, Math.min(p.lines || cfg.captureLines || 200, 5000), cfg.socketName));
      }
    });

    api.registerTool({
      name: 'tmux_send_keys',
      description: 'Type text into a tmux pane (optionally pressing Enter). Disabled unless allowSendKeys is true.',
      parameters: { type: 'object', required: ['target', 'keys'], properties: { target: { type: 'string' }, keys: { type: 'string' }, enter: { type: 'boolean' } } },
      async execute(_id, p) {
        if (!cfg.allowSendKeys) return text('send-keys is disabled; set plugins.entries.tmux-bridge.config.allowSendKeys to true.');
        await sendKeys(p.target, p.keys, p.enter !== false, cfg.socketName);
        return text(`Sent to ${p.target}.`);
      }
    });

    api.registerTool({
      name: 'tmux_wait_for',
      description: 'Poll a pane until a regex appears in its output or the timeout (seconds) passes.',
      parameters: { type: 'object', required: ['target', 'pattern'], properties: { target: { type: 'string' }, pattern: { type: 'string' }, timeout: { type: 'integer' } } },
      async execute(_id, p) {
        const re = new RegExp(p.pattern, 'm');
        const deadline = Date.now() + Math.min(p.timeout || 120, 1800) * 1000;
        while (Date.now() < deadline) {
          const out = await capture(p.target, 100, cfg.socketName);
          if (re.test(out)) return text(out.split('\n').slice(-40).join('\n'));
          await new Promise((r) => setTimeout(r, watchInterval));
        }
        return text(`Timed out waiting for /${p.pattern}/ in ${p.target}.`);
      }
    });
  }
};
