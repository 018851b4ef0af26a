'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function parseDest(dest) {
  const m = /^ssh:\/\/([^:/]+)(?::(\d+))?:(.+)$/.exec(dest);
  if (m) return { kind: 'ssh', host: m[1], port: m[2], dir: m[3] };
  return { kind: 'local', dir: path.resolve(dest) };
}

function tarArgs(cfg, src) {
  const ex = ['node_modules', '*.tmp', ...cfg.exclude];
  if (!cfg.includeSecrets) ex.push('.env', '.env.*', '*.pem', '*.key');
  return ['-czf', '-', ...ex.flatMap((e) => ['--exclude', e]), '-C', path.dirname(src), path.basename(src)];
}

function sshBase(d) {
  return d.port ? ['-p', d.port, d.host] : [d.host];
}

function run(cfg, src) {
  if (!cfg.dest) throw new Error('no destination configured; set "dest" in .ws-backup.json or pass --dest');
  const d = parseDest(cfg.dest);
  const name = `${path.basename(src)}-${new Date().toISOString().replace(/[:.]/g, '-')}.tgz`;
  return new Promise((resolve, reject) => {
    const tar = spawn('tar', tarArgs(cfg, src), { stdio: ['ignore', 'pipe', 'inherit'] });
    let sink;
    if (d.kind === 'local') {
      fs.mkdirSync(d.dir, { recursive: true });
      sink = fs.createWriteStream(path.join(d.dir, name));
      tar.stdout.pipe(sink);
      sink.on('finish', () => resolve(path.join(d.dir, name)));
    } else {
      const target = `${d.dir.replace(/'/g, '')}/${name}`;
      sink = spawn('ssh', [...sshBase(d), `mkdir -p '${d.dir.replace(/'/g, '')}' && cat > '${target}'`], { stdio: ['pipe', 'inherit', 'inherit'] });
      tar.stdout.pipe(sink.stdin);
      sink.on('exit', (code) => (code === 0 ? resolve(`${d.host}:${target}`) : reject(new Error(`ssh exited ${code}`))));
    }
    tar.on('exit', (code) => { if (code !== 0) reject(new Error(`tar exited ${code}`)); });
  });
}

function list(cfg, base) {
  const d = parseDest(cfg.dest);
  if (d.kind === 'local') return fs.existsSync(d.dir) ? fs.readdirSync(d.dir).filter((f) => f.startsWith(base)) : [];
  return execFileSync('ssh', [...sshBase(d), `ls -1 '${d.dir.replace(/'/g, '')}'`], { encoding: 'utf8' })
    .split('\n').filter((f) => f.startsWith(base));
}

module.exports = { run, list, parseDest };
