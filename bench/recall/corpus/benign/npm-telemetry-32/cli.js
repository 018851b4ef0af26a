#!/usr/bin/env node
const os = require('os');
async function ping(event) {
  if (process.env.FW_TELEMETRY_DISABLED) return;
  try { await fetch('https://telemetry.framework.example.com/api/v1/events', { method: 'POST', body: JSON.stringify({ event, version: require('./package.json').version, platform: os.platform(), arch: os.arch() }) }); } catch {}
}
ping('cli:start');
console.log('fw ready');
