import { writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

const LABEL = 'dev.nightshift.backup';
const MARK = '# nightshift-backup (remove with `nightshift unschedule`)';

function selfCommand() {
  return [process.execPath, process.argv[1], 'run'];
}

function hasSystemdUser() {
  return process.platform === 'linux' && spawnSync('systemctl', ['--user', 'show-environment'], { stdio: 'ignore' }).status === 0;
}

export function schedule(at = '02:30') {
  if (!/^\d{2}:\d{2}$/.test(at)) throw new Error('--at must be HH:MM');
  const [hh, mm] = at.split(':').map(Number);
  const cmd = selfCommand();

  if (process.platform === 'darwin') {
    const dir = join(homedir(), 'Library', 'LaunchAgents');
    const plist = join(dir, `${LABEL}.plist`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(plist, `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>${LABEL}</string>
  <key>ProgramArguments</key><array>${cmd.map((c) => `<string>${c}</string>`).join('')}</array>
  <key>StartCalendarInterval</key><dict><key>Hour</key><integer>${hh}</integer><key>Minute</key><integer>${mm}</integer></dict>
  <key>StandardErrorPath</key><string>${join(homedir(), 'Library', 'Logs', 'nightshift.log')}</string>
</dict></plist>
`);
    execFileSync('launchctl', ['load', '-w', plist]);
    return `launchd agent ${plist}`;
  }

  if (hasSystemdUser()) {
    const dir = join(homedir(), '.config', 'systemd', 'user');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'nightshift.service'), `[Unit]\nDescription=nightshift restic backup\n\n[Service]\nType=oneshot\nExecStart=${cmd.map((c) => JSON.stringify(c)).join(' ')}\n`);
    writeFileSync(join(dir, 'nightshift.timer'), `[Unit]\nDescription=Daily nightshift backup\n\n[Timer]\nOnCalendar=*-*-* ${at}:00\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n`);
    execFileSync('systemctl', ['--user', 'daemon-reload']);
    execFileSync('systemctl', ['--user', 'enable', '--now', 'nightshift.timer']);
    return `systemd user timer ${join(dir, 'nightshift.timer')}`;
  }

  const current = spawnSync('crontab', ['-l'], { encoding: 'utf8' }).stdout || '';
  const kept = current.split('\n').filter((l, i, a) => l !== MARK && a[i - 1] !== MARK).join('\n').trim();
  const entry = `${MARK}\n${mm} ${hh} * * * ${cmd.map((c) => `'${c}'`).join(' ')} >/dev/null 2>&1`;
  spawnSync('crontab', ['-'], { input: `${kept ? kept + '\n' : ''}${entry}\n` });
  return 'crontab entry';
}

export function unschedule() {
  const removed = [];
  const plist = join(homedir(), 'Library', 'LaunchAgents', `${LABEL}.plist`);
  if (existsSync(plist)) { spawnSync('launchctl', ['unload', '-w', plist]); rmSync(plist); removed.push(plist); }
  const sd = join(homedir(), '.config', 'systemd', 'user');
  if (existsSync(join(sd, 'nightshift.timer'))) {
    spawnSync('systemctl', ['--user', 'disable', '--now', 'nightshift.timer']);
    for (const f of ['nightshift.timer', 'nightshift.service']) rmSync(join(sd, f), { force: true });
    removed.push('systemd timer');
  }
  const current = spawnSync('crontab', ['-l'], { encoding: 'utf8' }).stdout || '';
  if (current.includes(MARK)) {
    const kept = current.split('\n').filter((l, i, a) => l !== MARK && a[i - 1] !== MARK).join('\n');
    spawnSync('crontab', ['-'], { input: kept.trim() + '\n' });
    removed.push('crontab entry');
  }
  return removed;
}
