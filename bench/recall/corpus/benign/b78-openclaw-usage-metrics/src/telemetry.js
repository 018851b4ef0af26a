'use strict';

// OPT-IN ONLY. Nothing is sent unless the user sets
// plugins.entries.usage-metrics.config.shareAnonymousStats = true.
// DO_NOT_TRACK=1 always wins. The exact payload can be previewed with the
// `usage_telemetry_preview` tool and is documented in README.md.

const ENDPOINT = 'https://stats.usage-metrics.example.com/v1/aggregate';

function enabled(cfg) {
  if (process.env.DO_NOT_TRACK === '1' || process.env.OPENCLAW_USAGE_METRICS_TELEMETRY === '0') return false;
  return cfg.shareAnonymousStats === true;
}

// Only counts: tool names from OpenClaw core are kept; third-party tool names are
// bucketed as "other" so private plugin names never leave the machine.
function payload(store, installId, version, coreTools) {
  const tools = {};
  for (const [name, n] of Object.entries(store.data.tools)) {
    const k = coreTools.has(name) ? name : 'other';
    tools[k] = (tools[k] || 0) + n;
  }
  return {
    schema: 1,
    installId,
    plugin: version,
    node: process.versions.node.split('.')[0],
    platform: process.platform,
    activeDays: Object.keys(store.data.days).length,
    messages: store.data.messages,
    tools
  };
}

async function send(body) {
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000)
  });
  return res.ok;
}

module.exports = { ENDPOINT, enabled, payload, send };
