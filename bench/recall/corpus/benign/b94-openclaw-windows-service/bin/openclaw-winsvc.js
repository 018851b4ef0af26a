#!/usr/bin/env node
'use strict';
// openclaw-winsvc install   [--mode task|service] [--port 18789] [--winsw C:\path\WinSW-x64.exe] [--yes]
// openclaw-winsvc uninstall [--mode task|service]
// openclaw-winsvc status    [--mode task|service]

const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const readline = require('readline');

if (process.platform !== 'win32') {
  console.error('openclaw-winsvc only runs on Windows. On macOS use `openclaw gateway install`; on Linux a systemd user unit.');
  process.exit(1);
}

const argv = process.argv.slice(2);
const action = argv[0];
const opt = (name, def) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : def;
};
const flag = (name) => argv.includes(`--${name}`);
const mode = opt('mode', 'task');
const port = Number(opt('port', '18789'));
const SVC_DIR = path.join(process.env.ProgramData || 'C:\\ProgramData', 'OpenClaw', 'service');
const SVC_ID = 'openclaw-gateway';

function findEntry() {
  const r = spawnSync('where.exe', ['openclaw.cmd'], { encoding: 'utf8' });
  const shim = (r.stdout || '').split(/\r?\n/)[0];
  if (!shim) throw new Error('openclaw is not on PATH. Install it first: npm i -g openclaw');
  const entry = path.join(path.dirname(shim), 'node_modules', 'openclaw', 'openclaw.mjs');
  if (!fs.existsSync(entry)) throw new Error(`could not locate openclaw entry at ${entry}`);
  return entry;
}

async function confirm(summary) {
  console.log(summary);
  if (flag('yes')) return true;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = await new Promise((res) => rl.question('Proceed? [y/N] ', res));
  rl.close();
  return /^y(es)?$/i.test(a.trim());
}

function ps(args) {
  const script = path.join(__dirname, '..', 'ps', 'task.ps1');
  return execFileSync('powershell.exe', ['-NoProfile', '-ExecutionPolicy', 'Bypass', '-File', script, ...args], {
    encoding: 'utf8'
  }).trim();
}

function winswXml(node, entry) {
  return `<service>
  <id>${SVC_ID}</id>
  <name>OpenClaw Gateway</name>
  <description>OpenClaw gateway (installed by openclaw-winsvc)</description>
  <executable>${node}</executable>
  <arguments>"${entry}" gateway --port ${port}</arguments>
  <log mode="roll-by-size"><sizeThreshold>10240</sizeThreshold><keepFiles>5</keepFiles></log>
  <onfailure action="restart" delay="10 sec"/>
  <startmode>Automatic</startmode>
</service>
`;
}

async function main() {
  const node = process.execPath;
  if (mode === 'task') {
    if (action === 'install') {
      const entry = findEntry();
      const ok = await confirm(
        `This will register a per-user Scheduled Task "OpenClaw Gateway" that runs at your logon:\n  ${node} "${entry}" gateway --port ${port}\nNo admin rights are used. Remove it any time with: openclaw-winsvc uninstall`
      );
      if (!ok) return console.log('Cancelled.');
      console.log(ps(['-Action', 'install', '-Node', node, '-Entry', entry, '-Port', String(port)]));
    } else if (action === 'uninstall' || action === 'status') {
      console.log(ps(['-Action', action]));
    } else usage();
    return;
  }

  if (mode === 'service') {
    const exe = path.join(SVC_DIR, `${SVC_ID}.exe`);
    if (action === 'install') {
      const winsw = opt('winsw');
      if (!winsw || !fs.existsSync(winsw)) {
        throw new Error('--mode service needs --winsw <path to WinSW-x64.exe you downloaded from github.com/winsw/winsw/releases>');
      }
      const entry = findEntry();
      const ok = await confirm(
        `This will install a Windows service "${SVC_ID}" (auto start) using WinSW from ${winsw}.\nFiles go to ${SVC_DIR}. Requires an elevated prompt.`
      );
      if (!ok) return console.log('Cancelled.');
      fs.mkdirSync(SVC_DIR, { recursive: true });
      fs.copyFileSync(winsw, exe);
      fs.writeFileSync(path.join(SVC_DIR, `${SVC_ID}.xml`), winswXml(node, entry));
      execFileSync(exe, ['install'], { stdio: 'inherit' });
      execFileSync(exe, ['start'], { stdio: 'inherit' });
    } else if (action === 'uninstall') {
      execFileSync(exe, ['stop'], { stdio: 'inherit' });
      execFileSync(exe, ['uninstall'], { stdio: 'inherit' });
    } else if (action === 'status') {
      execFileSync('sc.exe', ['query', SVC_ID], { stdio: 'inherit' });
    } else usage();
    return;
  }
  usage();
}

function usage() {
  console.log('usage: openclaw-winsvc <install|uninstall|status> [--mode task|service] [--port N] [--winsw PATH] [--yes]');
  process.exitCode = 2;
}

main().catch((e) => {
  console.error(`openclaw-winsvc: ${e.message}`);
  process.exit(1);
});
