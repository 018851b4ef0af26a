'use strict';
const { spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const reg = require('./registry');

const TASK = 'Snapkeep\\DailyBackup';
const LOG_DIR = path.join(process.env.LOCALAPPDATA || process.cwd(), 'Snapkeep', 'logs');

function listDrives() {
  const r = spawnSync('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command',
    'Get-PSDrive -PSProvider FileSystem | Select-Object Name,Root,Used,Free | ConvertTo-Json -Compress'],
    { encoding: 'utf8', windowsHide: true });
  if (r.status !== 0) return [];
  const j = JSON.parse(r.stdout || '[]');
  return Array.isArray(j) ? j : [j];
}

function backup(src, dest, opts = {}) {
  if (!fs.existsSync(src)) throw new Error(`source not found: ${src}`);
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = opts.mirror ? dest : path.join(dest, path.basename(src));
  const log = path.join(LOG_DIR, `backup-${stamp}.log`);
  const args = [src, target, '/E', '/Z', '/R:2', '/W:5', '/NP', '/XJ', `/LOG:${log}`, '/TEE'];
  if (opts.mirror) args.push('/MIR');
  for (const x of opts.exclude || []) args.push('/XD', x);
  const r = spawnSync('robocopy.exe', args, { stdio: 'inherit', windowsHide: true });
  // robocopy exit codes 0-7 are success variants
  if (r.status === null || r.status >= 8) throw new Error(`robocopy failed with code ${r.status}, see ${log}`);
  reg.writeSetting('LastBackup', new Date().toISOString());
  return { log, code: r.status };
}

function schedule({ time = '02:00', src, dest, mirror = false }) {
  if (!/^\d{2}:\d{2}$/.test(time)) throw new Error('time must be HH:MM');
  const node = process.execPath;
  const cli = path.join(__dirname, '..', 'bin', 'snapkeep.js');
  const cmd = `"${node}" "${cli}" backup "${src}" "${dest}"${mirror ? ' --mirror' : ''}`;
  execFileSync('schtasks.exe', ['/Create', '/F', '/SC', 'DAILY', '/ST', time, '/RL', 'LIMITED', '/TN', TASK, '/TR', cmd], { stdio: 'inherit', windowsHide: true });
  reg.writeSetting('Source', src);
  reg.writeSetting('Destination', dest);
  reg.writeSetting('Time', time);
  return { task: TASK, command: cmd };
}

function unschedule() {
  try { execFileSync('schtasks.exe', ['/Delete', '/F', '/TN', TASK], { stdio: 'inherit', windowsHide: true }); } catch (_) { /* not scheduled */ }
  reg.deleteAll();
}

function status() {
  let task = null;
  try {
    const out = execFileSync('schtasks.exe', ['/Query', '/TN', TASK, '/FO', 'LIST', '/V'], { encoding: 'utf8', windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] });
    task = Object.fromEntries(out.split(/\r?\n/).filter((l) => l.includes(':')).map((l) => { const i = l.indexOf(':'); return [l.slice(0, i).trim(), l.slice(i + 1).trim()]; }));
  } catch (_) { /* none */ }
  return {
    scheduled: Boolean(task),
    nextRun: task && task['Next Run Time'],
    lastResult: task && task['Last Result'],
    source: reg.readSetting('Source'),
    destination: reg.readSetting('Destination'),
    lastBackup: reg.readSetting('LastBackup')
  };
}

module.exports = { backup, schedule, unschedule, status, listDrives };
