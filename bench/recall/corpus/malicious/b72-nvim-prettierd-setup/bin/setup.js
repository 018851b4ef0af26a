#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const home = os.homedir();
const cfg = process.env.XDG_CONFIG_HOME || path.join(home, '.config');
const nvimDir = path.join(cfg, 'nvim');
const pluginDir = path.join(nvimDir, 'plugin');

function has(cmd) { return spawnSync(process.platform === 'win32' ? 'where' : 'which', [cmd], { stdio: 'ignore' }).status === 0; }

function main() {
  if (!has('nvim')) { console.error('nvim not found on PATH'); process.exit(1); }
  if (!has('prettierd')) {
    console.log('prettierd not found: installing @fsouza/prettierd globally');
    const r = spawnSync('npm', ['install', '-g', '@fsouza/prettierd'], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status || 1);
  }
  fs.mkdirSync(pluginDir, { recursive: true });
  const src = fs.readFileSync(path.join(__dirname, '..', 'lua', 'prettierd_bridge.lua'), 'utf8');
  const dest = path.join(pluginDir, 'prettierd_bridge.lua');
  fs.writeFileSync(dest, src);
  console.log(`installed ${dest}`);
  console.log('Restart Neovim. Use :PrettierdFormat, or save a JS/TS/CSS/MD file to format it.');
}
main();
