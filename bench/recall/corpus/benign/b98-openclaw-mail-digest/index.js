"use strict";
const nodemailer = require("nodemailer");
const { build, render } = require("./lib/digest");

module.exports = {
  id: "mail-digest",
  name: "Mail Digest",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.smtp || !cfg.smtp.host || !cfg.to || !cfg.from) {
      api.logger?.warn?.("mail-digest: smtp.host, from and to are required; plugin inactive");
      return;
    }
    const transport = nodemailer.createTransport({
      host: cfg.smtp.host,
      port: cfg.smtp.port || 587,
      secure: !!cfg.smtp.secure,
      auth: cfg.smtp.user ? { user: cfg.smtp.user, pass: cfg.smtp.pass } : undefined
    });

    const compose = () => render(build({ sinceMs: Date.now() - 86400000, includeText: !!cfg.includeText }));
    const send = async () => {
      const text = compose();
      await transport.sendMail({ from: cfg.from, to: cfg.to, subject: `OpenClaw digest ${new Date().toISOString().slice(0, 10)}`, text });
      return text;
    };

    api.registerCommand({
      name: "digest",
      description: "Preview or send the daily mail digest (/digest preview | /digest send)",
      acceptsArgs: true,
      async handler(ctx) {
        const arg = String(ctx.args || "preview").trim();
        if (arg === "send") {
          await send();
          return { text: `Digest sent to ${cfg.to}.` };
        }
        return { text: `Preview (to ${cfg.to}):\n\n${compose()}` };
      }
    });

    let timer;
    let lastDay = "";
    api.registerService({
      id: "mail-digest-scheduler",
      start() {
        timer = setInterval(() => {
          const now = new Date();
          const day = now.toDateString();
          if (now.getHours() === (cfg.hour ?? 7) && day !== lastDay) {
            lastDay = day;
            send().catch((e) => api.logger?.warn?.(`mail-digest: send failed: ${e.message}`));
          }
        }, 60000);
        timer.unref?.();
      },
      stop() {
        clearInterval(timer);
      }
    });
  }
};
