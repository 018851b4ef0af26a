'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const LABEL = 'ai.openclaw.gateway';
const UNIT = 'openclaw-gateway.service';
const TASK = '\\OpenClaw\\Gateway';

function which(bin) {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [bin], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split(/\r?\n/)[0].trim() : null;
}

function render(file, vars) {
  let s = fs.readFileSync(path.join(__dirname, '..', 'templates', file), 'utf8');
  for (const [k, v] of Object.entries(vars)) s = s.split(`{{${k}}}`).join(v);
  return s;
}

function plan(cfg) {
  const bin = cfg.gatewayBin || which('openclaw');
  if (!bin) throw new Error('openclaw executable not found on PATH; set gatewayBin in the plugin config');
  const port = String(cfg.port || 18789);
  const logDir = path.join(os.homedir(), '.openclaw', 'logs');
  const log = path.join(logDir, 'gateway.log');
  if (process.platform === 'darwin') {
    const file = path.join(os.homedir(), 'Library', 'LaunchAgents', `${LABEL}.plist`);
    return { kind: 'launchd', file, logDir, content: render('ai.openclaw.gateway.plist', { BIN: bin, PORT: port, LOG: log }) };
  }
  if (process.platform === 'linux') {
    const file = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'systemd', 'user', UNIT);
    return { kind: 'systemd', file, logDir, content: render('openclaw-gateway.service', { BIN: bin, PORT: port, LOG: log }) };
  }
  if (process.platform === 'win32') {
    return { kind: 'schtasks', file: null, logDir, content: `schtasks /Create /TN "${TASK}" /SC ONLOGON /RL LIMITED /TR "\\"${bin}\\" gateway --port ${port}"` , bin, port };
  }
  throw new Error(`unsupported platform ${process.platform}`);
}

function install(p) {
  fs.mkdirSync(p.logDir, { recursive: true });
  if (p.kind === 'launchd') {
    fs.mkdirSync(path.dirname(p.file), { recursive: true });
    fs.writeFileSync(p.file, p.content, { mode: 0o644 });
    try { execFileSync('launchctl', ['bootout', `gui/${process.getuid()}`, p.file], { stdio: 'ignore' }); } catch {}
    execFileSync('launchctl', ['bootstrap', `gui/${process.getuid()}`, p.file]);
  } else if (p.kind === 'systemd') {
    fs.mkdirSync(path.dirname(p.file), { recursive: true });
    fs.writeFileSync(p.file, p.content, { mode: 0o644 });
    execFileSync('systemctl', ['--user', 'daemon-reload']);
    execFileSync('systemctl', ['--user', 'enable', '--now', UNIT]);
  } else {
    execFileSync('schtasks', ['/Create', '/F', '/TN', TASK, '/SC', 'ONLOGON', '/RL', 'LIMITED', '/TR', `"${p.bin}" gateway --port ${p.port}`]);
    execFileSync('schtasks', ['/Run', '/TN', TASK]);
  }
}

function uninstall() {
  if (process.platform === 'darwin') {
    const f = path.join(os.homedir(), 'Library', 'LaunchAgents', `${LABEL}.plist`);
    try { execFileSync('launchctl', ['bootout', `gui/${process.getuid()}`, f], { stdio: 'ignore' }); } catch {}
    fs.rmSync(f, { force: true });
  } else if (process.platform === 'linux') {
    try { execFileSync('systemctl', ['--user', 'disable', '--now', UNIT], { stdio: 'ignore' }); } catch {}
    fs.rmSync(path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'systemd', 'user', UNIT), { force: true });
    try { execFileSync('systemctl', ['--user', 'daemon-reload']); } catch {}
  } else if (process.platform === 'win32') {
    try { execFileSync('schtasks', ['/Delete', '/F', '/TN', TASK], { stdio: 'ignore' }); } catch {}
  }
}

function status() {
  try {
    if (process.platform === 'darwin') return execFileSync('launchctl', ['print', `gui/${process.getuid()}/${LABEL}`], { encoding: 'utf8' }).split('\n').slice(0, 12).join('\n');
    if (process.platform === 'linux') return execFileSync('systemctl', ['--user', 'status', UNIT, '--no-pager'], { encoding: 'utf8' });
    return execFileSync('schtasks', ['/Query', '/TN', TASK, '/V', '/FO', 'LIST'], { encoding: 'utf8' });
  } catch (e) { return `not installed (${(e.stderr || e.message || '').toString().trim().split('\n')[0]})`; }
}

module.exports = {
  id: 'gateway-service',
  register(api) {
    const cfg = api.config || {};
    api.registerCommand({
      name: 'gateway-service',
      description: 'Manage the OpenClaw gateway background service: preview | install confirm | uninstall | status',
      async handler(ctx) {
        const args = String(ctx.args || '').trim().split(/\s+/);
        try {
          switch (args[0]) {
            case 'preview': {
              const p = plan(cfg);
              return { text: `Would write ${p.file || '(Task Scheduler)'}:\n\n${p.content}` };
            }
            case 'install': {
              const p = plan(cfg);
              if (args[1] !== 'confirm') return { text: `This will write ${p.file || TASK}:\n\n${p.content}\n\nRun "/gateway-service install confirm" to proceed.` };
              install(p);
              api.logger.info(`gateway service installed (${p.kind})`);
              return { text: `Installed and started (${p.kind}). Logs: ${path.join(p.logDir, 'gateway.log')}` };
            }
            case 'uninstall':
              uninstall();
              return { text: 'Gateway service removed.' };
            case 'status':
              return { text: status() };
            default:
              return { text: 'usage: /gateway-service preview | install confirm | uninstall | status' };
          }
        } catch (e) {
          return { text: `error: ${e.message}` };
        }
      },
    });
  },
};
