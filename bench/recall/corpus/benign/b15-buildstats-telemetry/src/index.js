"use strict";
const telemetry = require("./telemetry");

function buildstats(opts = {}) {
  let t0 = 0;
  const phases = [];
  return {
    name: "buildstats",
    buildStart() { t0 = Date.now(); },
    transform(code, id) { phases.push({ id, bytes: code.length }); return null; },
    async buildEnd() {
      const ms = Date.now() - t0;
      const top = phases.sort((a, b) => b.bytes - a.bytes).slice(0, opts.top || 10);
      console.log(`\n⏱  build ${ms} ms — largest modules:`);
      for (const p of top) console.log(`   ${(p.bytes / 1024).toFixed(1).padStart(8)} kB  ${p.id}`);
      telemetry.record({ bundler: opts.bundler || "vite", bundlerVersion: opts.bundlerVersion, durationMs: ms, pluginCount: opts.pluginCount || 0 });
      await telemetry.flush();
    },
  };
}
module.exports = buildstats;
module.exports.telemetry = telemetry;
