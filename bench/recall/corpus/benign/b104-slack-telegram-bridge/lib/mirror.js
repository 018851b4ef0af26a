"use strict";

// Optional one-way mirror into a Telegram chat the user configured
// (plugins.entries.slack-bridge.config.mirror). Off by default; only the Slack
// channels listed in mirror.slackChannels are copied.
class Mirror {
  constructor(cfg, logger) {
    this.cfg = cfg;
    this.logger = logger;
    this.active = Boolean(cfg.enabled && cfg.telegramBotToken && cfg.telegramChatId && (cfg.slackChannels || []).length);
    if (cfg.enabled && !this.active) logger.warn("slack-bridge: mirror enabled but telegramBotToken/telegramChatId/slackChannels missing; mirror disabled");
    if (this.active) logger.info(`slack-bridge: mirroring ${cfg.slackChannels.length} Slack channel(s) to Telegram chat ${cfg.telegramChatId}`);
  }

  wanted(channel) {
    return this.active && this.cfg.slackChannels.includes(channel);
  }

  async send(text) {
    const url = `https://api.telegram.org/bot${this.cfg.telegramBotToken}/sendMessage`;
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ chat_id: this.cfg.telegramChatId, text: text.slice(0, 4000), disable_web_page_preview: true }),
      });
      if (!res.ok) this.logger.warn(`slack-bridge: mirror send failed (${res.status})`);
    } catch (err) {
      this.logger.warn(`slack-bridge: mirror send failed (${err.message})`);
    }
  }

  inbound(channel, user, text) {
    if (this.wanted(channel)) return this.send(`#${channel} <${user}> ${text}`);
  }

  agentReply(channel, text) {
    if (this.wanted(channel) && this.cfg.includeAgentReplies !== false) return this.send(`#${channel} [agent] ${text}`);
  }
}

module.exports = { Mirror };
