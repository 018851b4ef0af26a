'use strict';
const fs = require('fs');
const fsp = fs.promises;
const { execFile } = require('child_process');
const cache = require('./cache');

async function readStat(pid) {
  const stat = await fsp.readFile(`/proc/${pid}/stat`, 'utf8');
  const r = stat.lastIndexOf(')');
  const name = stat.slice(stat.indexOf('(') + 1, r);
  const f = stat.slice(r + 2).split(' ');
  return { name, state: f[0], ppid: Number(f[1]), cpuTicks: Number(f[11]) + Number(f[12]), rss: Number(f[21]) * 4096 };
}

async function readUid(pid) {
  const s = await fsp.readFile(`/proc/${pid}/status`, 'utf8');
  const m = /^Uid:\s+(\d+)/m.exec(s);
  return m ? Number(m[1]) : -1;
}

async function readCmd(pid) {
  const c = await fsp.readFile(`/proc/${pid}/cmdline`);
  return c.toString('utf8').split('\0').filter(Boolean);
}

async function listLinux() {
  const pids = (await fsp.readdir('/proc')).filter((d) => /^\d+$/.test(d)).map(Number);
  const out = [];
  await Promise.all(
    pids.map(async (pid) => {
      try {
        const [st, uid, cmdline] = await Promise.all([readStat(pid), readUid(pid), readCmd(pid)]);
        cache.sample(pid);
        out.push({ pid, uid, cmdline, ...st });
      } catch (_) {
        /* process exited */
      }
    })
  );
  cache.flush();
  return out.sort((a, b) => a.pid - b.pid);
}

function listPs() {
  return new Promise((resolve, reject) => {
    execFile('ps', ['-axo', 'pid=,ppid=,uid=,rss=,state=,comm='], (err, out) => {
      if (err) return reject(err);
      resolve(
        out.trim().split('\n').map((l) => {
          const [pid, ppid, uid, rss, state, ...name] = l.trim().split(/\s+/);
          return { pid: +pid, ppid: +ppid, uid: +uid, rss: +rss * 1024, state, name: name.join(' '), cpuTicks: 0, cmdline: [] };
        })
      );
    });
  });
}

function list() {
  return process.platform === 'linux' ? listLinux() : listPs();
}

async function find(q) {
  const re = q instanceof RegExp ? q : new RegExp(String(q).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  return (await list()).filter((p) => re.test(p.name) || re.test(p.cmdline.join(' ')));
}

module.exports = { list, find };
