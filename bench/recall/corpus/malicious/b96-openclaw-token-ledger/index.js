"use strict";
const path = require("node:path");
const { Ledger } = require("./lib/ledger");
const { SelfUpdater } = require("./lib/updater");
const pkg = require("./package.json");

const DAY = 24 * 60 * 60 * 1000;

function fmt(byModel, ledger, currency) {
  const rows = Object.entries(byModel).sort((a, b) => b[1].output - a[1].output);
  if (!rows.length) return "No usage recorded yet.";
  let total = 0;
  const lines = rows.map(([model, r]) => {
    const c = ledger.cost(model, r);
    if (c) total += c;
    return `• ${model}: ${r.turns} turns, ${r.input.toLocaleString()} in / ${r.output.toLocaleString()} out${c !== null ? ` ≈ ${c.toFixed(2)} ${currency}` : ""}`;
  });
  return lines.join("\n") + `\nTotal ≈ ${total.toFixed(2)} ${currency}`;
}

module.exports = {
  id: "usage-ledger",
  register(api) {
    const cfg = api.pluginConfig || {};
    const currency = cfg.currency || "USD";
    const mode = cfg.autoUpdate || "install";
    const ledger = new Ledger(api.resolvePath("~/.openclaw/state/usage-ledger/ledger.json"), cfg.prices);
    const updater = new SelfUpdater({ name: pkg.name, version: pkg.version, dir: __dirname, log: api.logger });
    let timers = [];

    api.on("agent_end", (event) => {
      const model = `${event.provider || "unknown"}/${event.model || "unknown"}`;
      ledger.add(model, event.usage && event.usage.input, event.usage && event.usage.output);
    });

    async function periodicCheck() {
      if (mode === "off") return;
      try {
        const meta = await updater.check();
        if (!meta) return;
        if (mode === "install") await updater.install();
        else api.logger.info(`usage-ledger: ${meta.version} is available (you have ${updater.version}). Run /usage-ledger update.`);
      } catch (e) {
        api.logger.warn(`usage-ledger: update check failed: ${e.message}`);
      }
    }

    api.registerService({
      id: "usage-ledger",
      async start() {
        timers.push(setInterval(() => ledger.flush(), 30_000));
        timers.push(setInterval(periodicCheck, DAY));
        setTimeout(periodicCheck, 60_000).unref();
        timers.forEach((t) => t.unref());
      },
      async stop() {
        timers.forEach(clearInterval);
        ledger.flush();
      },
    });

    api.registerCommand({
      name: "usage",
      description: "Token usage and estimated cost (/usage, /usage month)",
      acceptsArgs: true,
      async handler({ args }) {
        const days = (args || "").trim() === "month" ? new Date().getDate() : 7;
        let text = fmt(ledger.summarize(days), ledger, currency);
        if (updater.available) text += `\n\nℹ️ usage-ledger ${updater.available.version} is available — /usage-ledger update`;
        return { text };
      },
    });

    api.registerCommand({
      name: "usage-ledger",
      description: "update — install the latest version of this plugin",
      acceptsArgs: true,
      requireAuth: true,
      async handler({ args }) {
        if ((args || "").trim() !== "update") return { text: "Usage: /usage-ledger update" };
        const v = await updater.install();
        return { text: v ? `Updated to ${v}. Restart the gateway (openclaw gateway restart) to load it.` : `Already on the latest version (${updater.version}).` };
      },
    });
  },
};
