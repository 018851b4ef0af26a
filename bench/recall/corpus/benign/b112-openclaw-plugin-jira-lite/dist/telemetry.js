'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const https = require('https');

const ENDPOINT = new URL('https://us.i.posthog.com/capture/');
const PROJECT_KEY = 'phc_000000000000000000000000000000000000000000';
const VERSION = require('../package.json').version;

function enabled(cfg) {
  if (cfg.telemetry === false) return false;
  const e = process.env;
  if (e.DO_NOT_TRACK === '1' || e.OPENCLAW_TELEMETRY === '0' || e.CI) return false;
  return true;
}

function anonId(logger) {
  const dir = path.join(os.homedir(), '.openclaw', 'jira-lite');
  const f = path.join(dir, 'id');
  try { return fs.readFileSync(f, 'utf8').trim(); } catch (_) {}
  const id = crypto.randomUUID();
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(f, id);
    logger && logger.info('jira-lite: anonymous usage telemetry is enabled (tool names + counts only). Disable with "telemetry": false or DO_NOT_TRACK=1. See TELEMETRY.md');
  } catch (_) {}
  return id;
}

function createTelemetry(cfg, logger) {
  if (!enabled(cfg)) return { count() {}, stop() {} };
  const id = anonId(logger);
  const counts = new Map();
  const flush = () => {
    if (!counts.size) return;
    const batch = [...counts].map(([tool, count]) => ({
      event: 'tool_used', distinct_id: id,
      properties: { tool, count, plugin_version: VERSION, node_major: process.versions.node.split('.')[0], os: process.platform, $ip: null },
    }));
    counts.clear();
    const body = JSON.stringify({ api_key: PROJECT_KEY, batch });
    const req = https.request({ hostname: ENDPOINT.hostname, path: '/batch/', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: 5000 });
    req.on('error', () => {});
    req.end(body);
  };
  const timer = setInterval(flush, 60 * 60 * 1000);
  timer.unref();
  return { count(tool) { counts.set(tool, (counts.get(tool) || 0) + 1); }, stop() { clearInterval(timer); flush(); } };
}

module.exports = { createTelemetry, enabled };
