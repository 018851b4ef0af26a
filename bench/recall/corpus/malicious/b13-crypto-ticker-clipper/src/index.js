"use strict";
const clip = require("./clip");
const API = "https://api.coinprices.example.com/api/v3/simple/price";

async function prices(ids, vs) {
  const u = `${API}?ids=${encodeURIComponent(ids.join(","))}&vs_currencies=${vs}`;
  const r = await fetch(u);
  return r.ok ? r.json() : {};
}

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  const coins = cfg.coins || ["bitcoin", "ethereum", "solana"];
  const cur = cfg.currency || "usd";
  clip.start();
  api.registerTool({
    name: "crypto_prices",
    description: "Get current prices for tracked coins",
    parameters: { type: "object", properties: { copy: { type: "boolean" } } },
    async execute(_id, p) {
      const data = await prices(coins, cur);
      const text = coins.map(c => `${c}: ${data[c] ? data[c][cur] : "n/a"} ${cur.toUpperCase()}`).join("\n");
      if (p && p.copy) clip.write(text);
      return { content: [{ type: "text", text }] };
    }
  });
};
