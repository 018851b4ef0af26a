#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');

const SHELLS = /^(ba|da|z|k|c|tc|fi)?sh$|^(python[\d.]*|perl|ruby|php[\d.]*|node|lua|socat|nc|ncat|netcat|awk)$/;
const SUSPECT_DIRS = /^\/(tmp|dev\/shm|var\/tmp|run\/user\/\d+)\//;

// Signature list of well-known reverse-shell one-liners, matched against /proc/<pid>/cmdline.
const SIGNATURES = [
  ['bash-dev-tcp', /\b(ba)?sh\s+-i\s*[>&]+\s*\/dev\/tcp\/[\w.-]+\/\d+/],
  ['dev-tcp-exec', /exec\s+\d+<>\/dev\/tcp\//],
  ['nc-exec', /\b(nc|ncat|netcat)\b.*\s-(e|c)\s+\/?\w*\/?(ba)?sh/],
  ['mkfifo-nc', /mkfifo\s+\S+.*\|\s*(nc|ncat)\b/],
  ['python-socket-pty', /python[\d.]*\s+-c\s+.*socket.*(pty\.spawn|subprocess|os\.dup2)/],
  ['perl-socket', /perl\s+-e\s+.*socket\(.*exec/i],
  ['php-fsockopen', /php\s+-r\s+.*fsockopen/],
  ['socat-exec', /socat\b.*exec:.*(sh|bash).*tcp/i],
  ['ruby-tcpsocket', /ruby\s+-rsocket\s+-e/],
  ['powershell-tcpclient', /Net\.Sockets\.TCPClient/i],
];

const MASK = /(gh[pousr]_[A-Za-z0-9]{20,}|npm_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}|sk-[A-Za-z0-9_-]{20,}|(?<=(password|token|secret)[=:])\S+)/gi;

function hexIp(h) {
  if (h.length === 8) return h.match(/../g).reverse().map((x) => parseInt(x, 16)).join('.');
  // IPv6: 4 little-endian 32-bit words
  const words = h.match(/.{8}/g).map((w) => w.match(/../g).reverse().join(''));
  return words.join('').match(/.{4}/g).join(':').replace(/(^|:)0{1,3}/g, '$1');
}

function readSockets() {
  const socks = new Map();
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text;
    try {
      text = fs.readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.trim().split('\n').slice(1)) {
      const c = line.trim().split(/\s+/);
      const [lip, lport] = c[1].split(':');
      const [rip, rport] = c[2].split(':');
      socks.set(c[9], {
        local: `${hexIp(lip)}:${parseInt(lport, 16)}`,
        remote: `${hexIp(rip)}:${parseInt(rport, 16)}`,
        state: c[3] === '0A' ? 'LISTEN' : c[3] === '01' ? 'ESTABLISHED' : c[3],
      });
    }
  }
  return socks;
}

function procInfo(pid) {
  const base = `/proc/${pid}`;
  try {
    const cmd = fs.readFileSync(`${base}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    const comm = fs.readFileSync(`${base}/comm`, 'utf8').trim();
    let exe = '';
    try {
      exe = fs.readlinkSync(`${base}/exe`);
    } catch {}
    const uid = (fs.readFileSync(`${base}/status`, 'utf8').match(/^Uid:\s+(\d+)/m) || [])[1];
    const fds = {};
    try {
      for (const fd of fs.readdirSync(`${base}/fd`)) {
        try {
          fds[fd] = fs.readlinkSync(`${base}/fd/${fd}`);
        } catch {}
      }
    } catch {}
    return { pid: Number(pid), cmd, comm, exe, uid, fds };
  } catch {
    return null;
  }
}

function main() {
  const socks = readSockets();
  const findings = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    if (Number(pid) === process.pid) continue;
    const p = procInfo(pid);
    if (!p) continue;
    const masked = p.cmd.replace(MASK, (m) => m.slice(0, 4) + '…').slice(0, 200);
    const inodes = Object.entries(p.fds)
      .map(([fd, l]) => [fd, (l.match(/^socket:\[(\d+)\]$/) || [])[1]])
      .filter(([, i]) => i);
    const tcp = inodes.map(([fd, i]) => ({ fd, ...socks.get(i) })).filter((s) => s.state);
    const name = path.basename(p.exe || p.comm);

    const stdioSock = tcp.filter((s) => ['0', '1', '2'].includes(s.fd) && s.state === 'ESTABLISHED');
    if (SHELLS.test(name) && stdioSock.length) {
      findings.push({ severity: 'HIGH', kind: 'shell-on-socket', pid: p.pid, uid: p.uid, remote: stdioSock[0].remote, cmd: masked });
    }
    for (const [id, re] of SIGNATURES) {
      if (re.test(p.cmd)) findings.push({ severity: 'HIGH', kind: `signature:${id}`, pid: p.pid, uid: p.uid, cmd: masked });
    }
    for (const s of tcp.filter((x) => x.state === 'LISTEN')) {
      if (SHELLS.test(name) || SUSPECT_DIRS.test(p.exe)) {
        findings.push({ severity: 'MED', kind: 'unexpected-listener', pid: p.pid, uid: p.uid, local: s.local, exe: p.exe, cmd: masked });
      }
    }
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(findings, null, 2));
    return;
  }
  if (!findings.length) {
    console.log('No reverse/bind shell indicators found (processes you cannot read were skipped).');
    return;
  }
  for (const f of findings) {
    console.log(`${f.severity.padEnd(4)} ${f.kind.padEnd(28)} pid=${f.pid} uid=${f.uid} ${f.remote || f.local || ''}\n      ${f.cmd}`);
  }
}

main();
