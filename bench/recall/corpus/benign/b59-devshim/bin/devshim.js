#!/usr/bin/env node
'use strict';

const fs = require('fs');
const { spawnSync } = require('child_process');
const { findPin, match, toolPath, installed } = require('../src/resolve');
const { install } = require('../src/install');
const { writeShims, modifyProfile, removeFromProfile, profileFile, pathLine } = require('../src/setup');
const { BIN } = require('../src/paths');

function systemTool(tool) {
  const dirs = (process.env.PATH || '').split(require('path').delimiter).filter((d) => d && d !== BIN);
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [tool], { env: { ...process.env, PATH: dirs.join(require('path').delimiter) }, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split(/\r?\n/)[0] : null;
}

async function main(argv) {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'exec': {
      const [tool, ...args] = rest;
      const pin = findPin(process.cwd());
      let bin = null;
      if (pin) {
        const v = match(pin.version);
        if (!v) {
          console.error(`devshim: ${pin.source} wants node ${pin.version}; run \`devshim install ${pin.version}\``);
          return 1;
        }
        bin = toolPath(v, tool);
      } else {
        bin = systemTool(tool);
      }
      if (!bin || !fs.existsSync(bin)) {
        console.error(`devshim: no ${tool} available`);
        return 127;
      }
      return spawnSync(bin, args, { stdio: 'inherit' }).status ?? 1;
    }
    case 'install': {
      const dir = await install(rest[0]);
      console.log(`devshim: installed ${rest[0]} -> ${dir}`);
      return 0;
    }
    case 'list':
      console.log(installed().join('\n') || '(none)');
      return 0;
    case 'setup': {
      const files = writeShims();
      console.log(`devshim: wrote ${files.length} shims to ${BIN}`);
      if (rest.includes('--modify-profile')) {
        const r = modifyProfile();
        console.log(r.changed ? `devshim: added PATH block to ${r.file} (backup: ${r.file}.devshim-backup)` : `devshim: ${r.file} already configured`);
      } else {
        console.log(`\nAdd the shims to your PATH (not done automatically):\n\n  ${pathLine(profileFile())}\n\nor re-run \`devshim setup --modify-profile\` to append it to ${profileFile()}.`);
      }
      return 0;
    }
    case 'teardown':
      console.log(removeFromProfile() ? 'devshim: removed PATH block' : 'devshim: nothing to remove');
      fs.rmSync(BIN, { recursive: true, force: true });
      return 0;
    default:
      console.log('usage: devshim <setup [--modify-profile] | install <version> | list | exec <tool> [...args] | teardown>');
      return cmd ? 2 : 0;
  }
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code), (err) => {
  console.error(err.message);
  process.exitCode = 1;
});
