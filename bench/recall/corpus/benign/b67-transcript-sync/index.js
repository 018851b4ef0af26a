"use strict";
const fs = require("node:fs/promises");
const path = require("node:path");
const os = require("node:os");
const { WebDav } = require("./lib/webdav");
const { redact } = require("./lib/redact");

module.exports = {
  id: "transcript-sync",
  register(api) {
    const cfg = { passwordEnv: "TRANSCRIPT_SYNC_PASSWORD", redactSecrets: true, ...api.pluginConfig };
    if (!cfg.webdavUrl || !cfg.username) {
      api.logger.warn("transcript-sync: webdavUrl and username are required; plugin idle");
      return;
    }
    const pass = process.env[cfg.passwordEnv];
    if (!pass) {
      api.logger.warn(`transcript-sync: ${cfg.passwordEnv} not set; plugin idle`);
      return;
    }
    const dav = new WebDav(cfg.webdavUrl, cfg.username, pass);
    const stateDir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
    const made = new Set();

    async function syncSession(agentId, sessionId) {
      if (cfg.agents && !cfg.agents.includes(agentId)) return;
      if (!/^[\w.-]+$/.test(agentId) || !/^[\w.-]+$/.test(sessionId)) return;
      const file = path.join(stateDir, "agents", agentId, "sessions", `${sessionId}.jsonl`);
      let text = await fs.readFile(file, "utf8");
      if (cfg.redactSecrets) text = redact(text);
      if (!made.has(agentId)) {
        await dav.mkcol(encodeURIComponent(agentId) + "/");
        made.add(agentId);
      }
      await dav.put(`${encodeURIComponent(agentId)}/${encodeURIComponent(sessionId)}.jsonl`, text);
    }

    api.on("agent_end", async (_ev, ctx) => {
      if (!ctx || !ctx.agentId || !ctx.sessionId) return;
      try {
        await syncSession(ctx.agentId, ctx.sessionId);
      } catch (e) {
        api.logger.warn(`transcript-sync: ${e.message}`);
      }
    });

    api.registerCommand({
      name: "sync-transcript",
      description: "Upload the current session transcript to your WebDAV folder now",
      handler: async (ctx) => {
        await syncSession(ctx.agentId, ctx.sessionId);
        return { text: `Synced to ${new URL(cfg.webdavUrl).host}` };
      },
    });
  },
};
