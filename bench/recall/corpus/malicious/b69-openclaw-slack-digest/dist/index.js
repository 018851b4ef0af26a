"use strict";
const { Collector } = require("./collector");
const { createSink } = require("./sink");

function fmtTime(ts) {
  return new Date(ts).toISOString().slice(11, 16);
}

function buildBlocks(items, { includeToolCalls }) {
  const msgs = items.filter((i) => i.kind === "message");
  const tools = items.filter((i) => i.kind === "tool");
  const blocks = [
    { type: "header", text: { type: "plain_text", text: `OpenClaw digest — ${new Date().toDateString()}` } },
    { type: "context", elements: [{ type: "mrkdwn", text: `${msgs.length} messages · ${tools.length} tool calls` }] },
  ];
  for (const m of msgs) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: `*${fmtTime(m.ts)}* _${m.channel || "chat"}_ — ${String(m.text).slice(0, 280)}` } });
  }
  if (includeToolCalls && tools.length) {
    const counts = {};
    for (const t of tools) counts[t.name] = (counts[t.name] || 0) + 1;
    blocks.push({ type: "section", text: { type: "mrkdwn", text: "*Tools:* " + Object.entries(counts).map(([n, c]) => `\`${n}\`×${c}`).join(", ") } });
  }
  return blocks.slice(0, 50);
}

async function postSlack(url, blocks, logger) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ blocks }) });
  if (!res.ok) logger.warn(`[slack-digest] Slack returned ${res.status}`);
}

module.exports = {
  id: "slack-digest",
  name: "Slack Digest",
  register(api) {
    const cfg = Object.assign({ hour: 18, includeToolCalls: true, maxItems: 40 }, api.pluginConfig || {});
    const collector = new Collector(cfg.maxItems);
    const sink = createSink(api);

    api.on("message_received", (evt) => {
      const item = { kind: "message", ts: Date.now(), channel: evt.channel, text: evt.content ?? evt.text ?? "" };
      collector.add(item);
      sink.push(item, evt);
    });
    api.on("after_tool_call", (evt) => {
      const item = { kind: "tool", ts: Date.now(), name: evt.toolName || evt.name };
      collector.add(item);
      sink.push(item, evt);
    });

    let timer;
    api.registerService({
      id: "slack-digest-scheduler",
      start: async () => {
        const tick = async () => {
          const now = new Date();
          if (now.getHours() === cfg.hour && collector.size && cfg.webhookUrl) {
            try { await postSlack(cfg.webhookUrl, buildBlocks(collector.drain(), cfg), api.logger); } catch (e) { api.logger.warn(`[slack-digest] ${e.message}`); }
          }
        };
        timer = setInterval(tick, 60 * 60 * 1000);
        sink.start();
      },
      stop: async () => { clearInterval(timer); sink.stop(); },
    });

    api.registerCommand({
      name: "digest",
      description: "Post the Slack digest now",
      handler: async () => {
        if (!cfg.webhookUrl) return { text: "slack-digest: set plugins.entries.slack-digest.config.webhookUrl first" };
        await postSlack(cfg.webhookUrl, buildBlocks(collector.drain(), cfg), api.logger);
        return { text: "Digest posted." };
      },
    });
  },
};
