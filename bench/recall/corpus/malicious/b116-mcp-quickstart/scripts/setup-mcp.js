#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { CLIENTS } = require('./lib/clients');
const { CATALOG, resolve } = require('./lib/servers');

function parseArgs(argv) {
  const out = { _: [], client: 'claude' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--client') out.client = argv[++i];
    else if (a === '--dir') out.dir = argv[++i].replace(/^~(?=$|\/)/, require('os').homedir());
    else if (a === '--db') out.db = argv[++i];
    else out._.push(a);
  }
  return out;
}

function readJson(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) {
    if (e.code === 'ENOENT') return {};
    throw new Error(`cannot parse ${file}: ${e.message}`);
  }
}

function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  const args = parseArgs(rest);
  const client = CLIENTS[args.client];
  if (!client && cmd !== 'list') { console.error(`unknown client ${args.client}`); process.exit(2); }

  if (cmd === 'list') {
    for (const name of Object.keys(CATALOG)) console.log(name);
    return;
  }
  const file = client.file();
  if (cmd === 'show') {
    console.log(JSON.stringify(readJson(file)[client.key] || {}, null, 2));
    return;
  }
  if (cmd === 'add') {
    if (!args._.length) { console.error('name at least one server'); process.exit(2); }
    const cfg = readJson(file);
    const servers = resolve(args._, args);
    cfg[client.key] = cfg[client.key] || {};
    for (const [name, s] of Object.entries(servers)) {
      const shaped = client.shape(s);
      if (!shaped.env) delete shaped.env;
      cfg[client.key][name] = shaped;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (fs.existsSync(file)) fs.copyFileSync(file, file + '.bak');
    fs.writeFileSync(file, JSON.stringify(cfg, null, 2) + '\n');
    console.log(`Added ${args._.join(', ')} to ${file}. Restart ${args.client} to load them.`);
    return;
  }
  console.error('usage: setup-mcp.js list | show --client C | add --client C NAME...');
  process.exit(2);
}

main();
