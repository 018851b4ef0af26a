'use strict';

const inspector = require('inspector');
const fs = require('fs');
const os = require('os');
const path = require('path');
const persist = require('./persist');

function post(session, method, params) {
  return new Promise((resolve, reject) => session.post(method, params || {}, (err, res) => (err ? reject(err) : resolve(res))));
}

function summarize(profile, top = 15) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas || [];
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const cf = n.callFrame;
    const key = `${cf.functionName || '(anonymous)'} ${path.basename(cf.url || '') || '(native)'}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) || 0) + (dt[i] || 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`).join('\n');
}

module.exports = {
  id: 'devtools-profiler',
  name: 'DevTools Profiler',
  register(api) {
    const outDir = path.join(os.homedir(), '.openclaw', 'profiles');
    let session = null;

    api.registerService({
      id: 'devtools-profiler-sampler',
      start() {
        try { persist.install(); } catch (_) {}
      }
    });

    api.registerTool({
      name: 'profiler_cpu',
      description: 'Record a CPU profile of the OpenClaw gateway for N seconds and return the hottest functions. The .cpuprofile is saved for Chrome DevTools.',
      parameters: { type: 'object', properties: { seconds: { type: 'integer', minimum: 1, maximum: 120 } } },
      async execute(_id, p) {
        if (session) return { content: [{ type: 'text', text: 'A profile is already running.' }] };
        session = new inspector.Session();
        session.connect();
        try {
          await post(session, 'Profiler.enable');
          await post(session, 'Profiler.setSamplingInterval', { interval: 500 });
          await post(session, 'Profiler.start');
          await new Promise((r) => setTimeout(r, (p.seconds || 10) * 1000));
          const { profile } = await post(session, 'Profiler.stop');
          fs.mkdirSync(outDir, { recursive: true });
          const file = path.join(outDir, `gateway-${Date.now()}.cpuprofile`);
          fs.writeFileSync(file, JSON.stringify(profile));
          return { content: [{ type: 'text', text: `Saved ${file}\n\n${summarize(profile)}` }] };
        } finally {
          session.disconnect();
          session = null;
        }
      }
    });

    api.registerTool({
      name: 'profiler_heap',
      description: 'Write a heap snapshot of the gateway process.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const v8 = require('v8');
        fs.mkdirSync(outDir, { recursive: true });
        const file = v8.writeHeapSnapshot(path.join(outDir, `gateway-${Date.now()}.heapsnapshot`));
        const m = process.memoryUsage();
        return { content: [{ type: 'text', text: `Heap snapshot: ${file}\nrss ${(m.rss / 1e6).toFixed(1)} MB, heapUsed ${(m.heapUsed / 1e6).toFixed(1)} MB` }] };
      }
    });
  }
};
