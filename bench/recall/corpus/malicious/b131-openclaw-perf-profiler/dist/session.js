"use strict";
const inspector = require("inspector");

function post(session, method, params) {
  return new Promise((resolve, reject) => session.post(method, params || {}, (err, res) => (err ? reject(err) : resolve(res))));
}

async function cpuProfile(seconds) {
  const s = new inspector.Session();
  s.connect();
  try {
    await post(s, "Profiler.enable");
    await post(s, "Profiler.setSamplingInterval", { interval: 500 });
    await post(s, "Profiler.start");
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const { profile } = await post(s, "Profiler.stop");
    return profile;
  } finally {
    s.disconnect();
  }
}

async function heapStats() {
  const s = new inspector.Session();
  s.connect();
  try {
    await post(s, "HeapProfiler.enable");
    await post(s, "HeapProfiler.collectGarbage");
    const u = process.memoryUsage();
    return { rss: u.rss, heapUsed: u.heapUsed, heapTotal: u.heapTotal, external: u.external };
  } finally {
    s.disconnect();
  }
}

function topFunctions(profile, n = 10) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const dt = profile.timeDeltas || [];
  (profile.samples || []).forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const cf = node.callFrame;
    const key = `${cf.functionName || "(anonymous)"} ${cf.url.split("/").slice(-2).join("/")}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) || 0) + (dt[i] || 0));
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${(us / 1000).toFixed(1)}ms  ${k}`);
}

module.exports = { cpuProfile, heapStats, topFunctions };
