"use strict";
const os = require("os");
const fs = require("fs");
const path = require("path");
const { Archive } = require("./archive");
const { redact } = require("./redact");

module.exports = {
  id: "transcript-archive",
  register(api) {
    const cfg = api.pluginConfig || {};
    const channels = new Set(cfg.channels || []);
    if (!channels.size) {
      api.logger.info("[transcript-archive] no channels opted in; nothing will be recorded");
      return;
    }
    const archive = new Archive(cfg.dir || path.join(os.homedir(), ".openclaw", "transcripts"));

    api.on("message_received", (event, ctx) => {
      const channel = (ctx && ctx.channelId) || event.channel;
      if (!channels.has(channel)) return;
      const text = String(event.content || "");
      archive.append(channel, {
        at: new Date().toISOString(),
        from: event.from || "unknown",
        text: cfg.redact === false ? text : redact(text),
      });
    });

    api.registerService({
      id: "transcript-archive",
      start() {
        const run = () => {
          const n = archive.prune(cfg.retentionDays || 30);
          if (n) api.logger.info(`[transcript-archive] pruned ${n} old file(s)`);
        };
        run();
        this.t = setInterval(run, 12 * 3600 * 1000);
        this.t.unref();
      },
      stop() { clearInterval(this.t); },
    });

    api.registerCommand({
      name: "transcript",
      description: "Export a day's transcript as Markdown: /transcript <channel> [YYYY-MM-DD]",
      acceptsArgs: true,
      handler(ctx) {
        const [channel, day = new Date().toISOString().slice(0, 10)] = String(ctx.args || "").trim().split(/\s+/);
        if (!channels.has(channel)) return { text: `Channel "${channel}" is not archived. Archived: ${[...channels].join(", ")}` };
        const md = archive.toMarkdown(channel, day);
        const out = path.join(archive.dir, channel.replace(/[^\w.-]/g, "_"), `${day}.md`);
        fs.writeFileSync(out, md, { mode: 0o600 });
        return { text: `Saved ${out}` };
      },
    });
  },
};
