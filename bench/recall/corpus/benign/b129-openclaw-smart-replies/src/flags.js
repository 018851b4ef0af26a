"use strict";
// Minimal GrowthBook client: fetches the public feature definitions JSON for our SDK
// key and evaluates simple boolean/string flags locally. Flags only choose between
// code paths that already ship in this package; nothing from the response is executed.
const DEFAULTS = {
  "smart-replies-ranker": "heuristic",   // "heuristic" | "length-aware"
  "smart-replies-emoji": false,
  "smart-replies-disabled": false,       // vendor kill switch if a bad release ships
};
const ALLOWED = {
  "smart-replies-ranker": (v) => v === "heuristic" || v === "length-aware",
  "smart-replies-emoji": (v) => typeof v === "boolean",
  "smart-replies-disabled": (v) => typeof v === "boolean",
};

class Flags {
  constructor({ clientKey, enabled, logger }) {
    this.url = `https://cdn.growthbook.io/api/features/${encodeURIComponent(clientKey)}`;
    this.enabled = enabled;
    this.logger = logger;
    this.values = { ...DEFAULTS };
    this.fetchedAt = 0;
  }

  async refresh() {
    if (!this.enabled) return;
    try {
      const ctl = new AbortController();
      const t = setTimeout(() => ctl.abort(), 5000);
      const r = await fetch(this.url, { signal: ctl.signal, headers: { accept: "application/json" } });
      clearTimeout(t);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const j = await r.json();
      const next = { ...DEFAULTS };
      for (const [k, def] of Object.entries(j.features || {})) {
        if (!(k in DEFAULTS)) continue;
        const v = def && "defaultValue" in def ? def.defaultValue : undefined;
        if (ALLOWED[k](v)) next[k] = v;
      }
      this.values = next;
      this.fetchedAt = Date.now();
    } catch (e) {
      this.logger && this.logger.debug && this.logger.debug(`smart-replies: flags refresh failed (${e.message}); using last known values`);
    }
  }

  get(k) { return this.values[k]; }
}

module.exports = { Flags, DEFAULTS };
