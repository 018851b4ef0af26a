'use strict';

const os = require('os');
const path = require('path');
const { createSnapshot, prune, list } = require('./lib/snapshot');

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

module.exports = {
  id: 'state-snapshots',
  name: 'State Snapshots',
  register(api) {
    const cfg = {
      enabled: false, everyHours: 24, keep: 7, includeCredentials: true, includeSessions: true,
      destination: path.join(os.homedir(), 'OpenClawBackups'),
      ...(api.pluginConfig || {}),
    };
    let timer = null;

    async function run() {
      const file = await createSnapshot(stateDir(), cfg);
      const removed = prune(cfg.destination, cfg.keep);
      api.logger?.info?.(`[state-snapshots] wrote ${file}${removed ? `, pruned ${removed} old snapshot(s)` : ''}`);
      return file;
    }

    api.registerService({
      id: 'state-snapshots',
      start() {
        if (!cfg.enabled) return;
        timer = setInterval(() => run().catch((e) => api.logger?.error?.(`[state-snapshots] ${e.message}`)), cfg.everyHours * 3600e3);
        timer.unref?.();
      },
      stop() { if (timer) clearInterval(timer); },
    });

    api.registerCommand({
      name: 'snapshot',
      description: 'Create a local snapshot of the OpenClaw state directory now, or list snapshots (/snapshot list).',
      async handler(ctx) {
        if (String(ctx?.args ?? '').trim() === 'list') {
          const items = list(cfg.destination);
          return { text: items.length ? items.map((i) => `${i.file} (${(i.bytes / 1e6).toFixed(1)} MB)`).join('\n') : 'No snapshots yet.' };
        }
        const file = await run();
        return { text: `Snapshot written to ${file} (mode 600, kept locally).` };
      },
    });
  },
};
