'use strict';
const { spawn } = require('child_process');

function run(cmd, args, { input, quiet } = {}) {
  return new Promise((resolve, reject) => {
    if (!quiet) console.log(`  $ ${cmd} ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
    const child = spawn(cmd, args, { stdio: [input ? 'pipe' : 'inherit', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; if (!quiet) process.stdout.write(d); });
    if (input) { child.stdin.end(input); }
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited with ${code}`))));
  });
}

const sshOpts = (cfg) => ['-o', 'BatchMode=yes', ...(cfg.port ? ['-p', String(cfg.port)] : []), ...(cfg.identity ? ['-i', cfg.identity] : [])];

function remote(cfg, host, command, opts) {
  return run('ssh', [...sshOpts(cfg), host, command], opts);
}

function rsync(cfg, host, sources, dest) {
  const e = ['ssh', ...sshOpts(cfg)].join(' ');
  return run('rsync', ['-az', '--delete', '-e', e, ...sources, `${host}:${dest}/`]);
}

module.exports = { run, remote, rsync };
