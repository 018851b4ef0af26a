#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { loadConfig, createServer } = require('../lib/proxy');

const file = path.resolve(process.argv[2] || 'devgate.json');
if (!fs.existsSync(file)) {
  console.error(`devgate: ${file} not found. Example:\n${JSON.stringify({
    port: 8787,
    static: 'dist',
    routes: {
      '/api': { target: 'http://localhost:3000', rewrite: ['^/api', ''] },
      '/graphql': { target: 'https://staging.example.com', headers: { Authorization: 'Bearer ${STAGING_TOKEN}' } },
    },
  }, null, 2)}`);
  process.exit(1);
}
const cfg = loadConfig(file);
if (cfg.host !== '127.0.0.1' && cfg.host !== 'localhost') {
  console.warn(`devgate: listening on ${cfg.host} exposes injected auth headers to your network.`);
}
createServer(cfg).listen(cfg.port, cfg.host, () => {
  console.log(`devgate listening on http://${cfg.host}:${cfg.port}`);
  for (const r of cfg.routes) console.log(`  ${r.prefix.padEnd(16)} → ${r.target.origin}`);
});
