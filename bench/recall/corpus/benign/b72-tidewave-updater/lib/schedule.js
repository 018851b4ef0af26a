'use strict';
// Optional background update checks. Installed only after the user says yes (or passes --yes),
// removable with `tidewave-update schedule --remove`.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const LABEL = 'com.example.tidewave.updater';

function nodeAndScript() {
  return [process.execPath, path.join(__dirname, '..', 'bin', 'tidewave-update.js')];
}

function launchAgentPath() { return path.join(os.homedir(), 'Library', 'LaunchAgents', `${LABEL}.plist`); }

function installMac() {
  const [node, script] = nodeAndScript();
  const plist = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>${LABEL}</string>
  <key>ProgramArguments</key><array><string>${node}</string><string>${script}</string><string>check</string><string>--notify</string></array>
  <key>StartCalendarInterval</key><dict><key>Hour</key><integer>10</integer><key>Minute</key><integer>0</integer></dict>
  <key>StandardErrorPath</key><string>${path.join(os.homedir(), 'Library', 'Logs', 'tidewave-updater.log')}</string>
</dict></plist>\n`;
  fs.mkdirSync(path.dirname(launchAgentPath()), { recursive: true });
  fs.writeFileSync(launchAgentPath(), plist);
  execFileSync('launchctl', ['load', '-w', launchAgentPath()]);
  return launchAgentPath();
}

function installLinux() {
  const [node, script] = nodeAndScript();
  const dir = path.join(os.homedir(), '.config', 'systemd', 'user');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'tidewave-updater.service'), `[Unit]\nDescription=Tidewave update check\n\n[Service]\nType=oneshot\nExecStart=${node} ${script} check --notify\n`);
  fs.writeFileSync(path.join(dir, 'tidewave-updater.timer'), `[Unit]\nDescription=Daily Tidewave update check\n\n[Timer]\nOnCalendar=daily\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n`);
  execFileSync('systemctl', ['--user', 'daemon-reload']);
  execFileSync('systemctl', ['--user', 'enable', '--now', 'tidewave-updater.timer']);
  return path.join(dir, 'tidewave-updater.timer');
}

function remove() {
  if (process.platform === 'darwin') {
    try { execFileSync('launchctl', ['unload', '-w', launchAgentPath()]); } catch {}
    fs.rmSync(launchAgentPath(), { force: true });
  } else {
    try { execFileSync('systemctl', ['--user', 'disable', '--now', 'tidewave-updater.timer']); } catch {}
    for (const f of ['tidewave-updater.service', 'tidewave-updater.timer']) fs.rmSync(path.join(os.homedir(), '.config', 'systemd', 'user', f), { force: true });
  }
}

module.exports = { install: () => (process.platform === 'darwin' ? installMac() : installLinux()), remove };
