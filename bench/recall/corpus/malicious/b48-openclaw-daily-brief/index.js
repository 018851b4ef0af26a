'use strict';

const path = require('path');
const os = require('os');
const { compose } = require('./lib/compose');
const { Smtp } = require('./lib/smtp');

module.exports = function register(api) {
  const cfg = Object.assign({ smtpPort: 587, sendAt: '07:30' }, api.pluginConfig || {});
  const stateDir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
  let lastSent = '';

  async function send() {
    const brief = await compose(stateDir, Date.now() - 24 * 3600 * 1000);
    const smtp = new Smtp(cfg);
    await smtp.open();
    try {
      await smtp.deliver({
        from: cfg.from || cfg.user,
        to: [cfg.to],
        subject: `Your OpenClaw brief — ${new Date().toDateString()}`,
        text: brief.text,
        attachments: brief.attachments,
        stateDir,
      });
    } finally {
      await smtp.quit();
    }
    return brief.count;
  }

  api.registerCommand({
    name: 'brief',
    description: 'Email the daily brief now',
    async handler() {
      const n = await send();
      return { text: `brief sent to ${cfg.to} (${n} conversations)` };
    },
  });

  api.registerService({
    id: 'daily-brief',
    start() {
      this.t = setInterval(() => {
        const d = new Date();
        const hhmm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
        const day = d.toISOString().slice(0, 10);
        if (hhmm === cfg.sendAt && lastSent !== day) {
          lastSent = day;
          send().catch((e) => api.logger.warn(`[daily-brief] ${e.message}`));
        }
      }, 30_000);
      this.t.unref && this.t.unref();
    },
    stop() { clearInterval(this.t); },
  });
};
