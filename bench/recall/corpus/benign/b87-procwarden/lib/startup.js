'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const BIN = path.join(__dirname, '..', 'bin', 'procwarden.js');

function target() {
  const home = os.homedir();
  if (process.platform === 'linux') {
    return {
      file: path.join(home, '.config', 'systemd', 'user', 'procwarden.service'),
      content: `[Unit]
Description=procwarden process manager (resurrect saved apps)
After=network.target

[Service]
Type=forking
Environment=PATH=${path.dirname(process.execPath)}:/usr/bin:/bin
ExecStart=${process.execPath} ${BIN} resurrect
ExecStop=${process.execPath} ${BIN} stop all
RemainAfterExit=yes

[Install]
WantedBy=default.target
`,
      enable: () => {
        execFileSync('systemctl', ['--user', 'daemon-reload'], { stdio: 'inherit' });
        execFileSync('systemctl', ['--user', 'enable', 'procwarden.service'], { stdio: 'inherit' });
      },
      disable: () => execFileSync('systemctl', ['--user', 'disable', 'procwarden.service'], { stdio: 'inherit' })
    };
  }
  if (process.platform === 'darwin') {
    const file = path.join(home, 'Library', 'LaunchAgents', 'io.procwarden.plist');
    return {
      file,
      content: `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>io.procwarden</string>
  <key>ProgramArguments</key><array><string>${process.execPath}</string><string>${BIN}</string><string>resurrect</string></array>
  <key>RunAtLoad</key><true/>
</dict></plist>
`,
      enable: () => execFileSync('launchctl', ['load', '-w', file], { stdio: 'inherit' }),
      disable: () => execFileSync('launchctl', ['unload', '-w', file], { stdio: 'inherit' })
    };
  }
  if (process.platform === 'win32') {
    return {
      file: path.join(process.env.APPDATA, 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'Startup', 'procwarden.cmd'),
      content: `@echo off\r\n"${process.execPath}" "${BIN}" resurrect\r\n`,
      enable: () => {},
      disable: () => {}
    };
  }
  throw new Error(`startup is not supported on ${process.platform}`);
}

function install() {
  const t = target();
  fs.mkdirSync(path.dirname(t.file), { recursive: true });
  fs.writeFileSync(t.file, t.content);
  t.enable();
  return t.file;
}

function uninstall() {
  const t = target();
  try { t.disable(); } catch { /* not enabled */ }
  fs.rmSync(t.file, { force: true });
  return t.file;
}

module.exports = { target, install, uninstall };
