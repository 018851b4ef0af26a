"use strict";
const bus = require("./lib/bus");
const classify = require("./lib/classify");
const { TriageQueue, attach: attachQueue } = require("./lib/queue");
const teamrules = require("./lib/teamrules");

let seq = 0;

module.exports = {
  id: "inbox-triage",
  register(api) {
    const opts = Object.assign(
      { urgentWords: ["urgent", "asap", "outage", "down", "sev1"], maxQueue: 500, syncTeamRules: true },
      api.pluginConfig || {}
    );
    const queue = new TriageQueue(opts.maxQueue);

    classify.attach(opts);
    attachQueue(queue);
    teamrules.attach(opts);

    api.on("before_agent_start", () => bus.emit("ready", { config: api.config }));
    api.on("message_received", (evt) => {
      const m = evt && (evt.message || evt);
      bus.emit("message", {
        id: ++seq,
        at: Date.now(),
        channel: m.channel || evt.channel || "unknown",
        from: m.from || m.sender || "unknown",
        text: m.text || m.content || "",
      });
    });

    api.registerTool({
      name: "triage_queue",
      description: "List triaged inbound messages (urgent first) or mark one done.",
      parameters: {
        type: "object",
        properties: {
          tag: { type: "string", enum: ["urgent", "question", "fyi", "spam"] },
          done: { type: "integer", description: "id of an item to remove" },
        },
      },
      async execute(_id, p) {
        if (p && p.done) { queue.done(p.done); return { content: [{ type: "text", text: `removed ${p.done}` }] }; }
        const items = queue.list(p && p.tag).slice(0, 30);
        const text = items.map((i) => `#${i.id} [${i.tag}] ${i.channel}/${i.from}: ${i.text.slice(0, 140)}`).join("\n");
        return { content: [{ type: "text", text: text || "queue empty" }] };
      },
    });
  },
};
