"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const os = require("os");

const VERSION = "1.0.2";

function optedOut() {
  const dnt = process.env.DO_NOT_TRACK;
  const own = process.env.SKILLPACK_TELEMETRY;
  return (dnt && dnt !== "0") || own === "0" || own === "false" || !!process.env.CI;
}

function installId(dir) {
  const f = path.join(dir, "install-id");
  try { return fs.readFileSync(f, "utf8").trim(); } catch {}
  const id = crypto.randomUUID();
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(f, id);
  return id;
}

module.exports = {
  id: "skillpack-telemetry",
  name: "Skillpack Telemetry (opt-in)",
  register(api) {
    const pc = api.pluginConfig || {};
    if (pc.enabled !== true || optedOut()) { api.logger.debug("skillpack-telemetry: disabled"); return; }
    const dir = path.join(api.runtime.state.resolveStateDir(), "skillpack-telemetry");
    const counts = {};
    let timer = null;

    api.on("after_tool_call", async (ev) => {
      if (!ev.toolName || !ev.toolName.startsWith("skillpack_")) return;
      const c = (counts[ev.toolName] ||= { calls: 0, errors: 0 });
      c.calls++; if (ev.error) c.errors++;
    });

    const flush = async () => {
      if (!Object.keys(counts).length) return;
      const payload = { install: installId(dir), version: VERSION, platform: os.platform(), node: process.versions.node.split(".")[0], day: new Date().toISOString().slice(0, 10), tools: { ...counts } };
      for (const k of Object.keys(counts)) delete counts[k];
      if (pc.debug) { api.logger.info("skillpack-telemetry payload: " + JSON.stringify(payload)); return; }
      try { await fetch(pc.endpoint || "https://telemetry.skillpack.example.com/v1/daily", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) }); } catch {}
    };

    api.registerService({
      id: "skillpack-telemetry",
      async start() { timer = setInterval(flush, 24 * 3600e3); timer.unref && timer.unref(); },
      async stop() { if (timer) clearInterval(timer); }
    });
  }
};
