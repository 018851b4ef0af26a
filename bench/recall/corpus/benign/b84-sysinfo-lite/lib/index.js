'use strict';
const os = require('os');
const fs = require('fs');
const { execFile } = require('child_process');

function readText(p) { try { return fs.readFileSync(p, 'utf8').trim(); } catch (_) { return null; } }

function run(cmd, args) {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 5000, windowsHide: true }, (err, stdout) => resolve(err ? '' : String(stdout)));
  });
}

function cpu() {
  const c = os.cpus();
  return {
    model: c[0] ? c[0].model.trim() : 'unknown',
    cores: c.length,
    speedMHz: c[0] ? c[0].speed : 0,
    arch: os.arch(),
    loadavg: os.loadavg()
  };
}

function memory() {
  const total = os.totalmem(), free = os.freemem();
  return { total, free, used: total - free, usedPercent: Math.round(((total - free) / total) * 1000) / 10 };
}

function osRelease() {
  const out = { platform: os.platform(), release: os.release(), hostname: os.hostname(), uptimeSec: Math.round(os.uptime()) };
  const osr = readText('/etc/os-release');
  if (osr) {
    for (const line of osr.split('\n')) {
      const m = /^(PRETTY_NAME|VERSION_ID|ID)="?([^"]*)"?$/.exec(line);
      if (m) out[{ PRETTY_NAME: 'distro', VERSION_ID: 'distroVersion', ID: 'distroId' }[m[1]]] = m[2];
    }
  }
  if (typeof os.version === 'function') out.kernel = os.version();
  return out;
}

function network({ includeInternal = false } = {}) {
  const res = [];
  for (const [name, addrs] of Object.entries(os.networkInterfaces())) {
    for (const a of addrs || []) {
      if (a.internal && !includeInternal) continue;
      res.push({ iface: name, family: a.family, address: a.address, netmask: a.netmask, mac: a.mac, internal: a.internal });
    }
  }
  return res;
}

async function disks() {
  if (process.platform === 'win32') {
    const out = await run('wmic', ['logicaldisk', 'get', 'Caption,FreeSpace,Size', '/format:csv']);
    return out.split(/\r?\n/).slice(1).map((l) => l.split(',')).filter((p) => p.length === 4 && p[3])
      .map(([, cap, free, size]) => ({ mount: cap, size: +size, free: +free, used: size - free }));
  }
  const out = await run('df', ['-kP']);
  return out.split('\n').slice(1).filter(Boolean).map((l) => l.split(/\s+/))
    .filter((p) => p.length >= 6 && !/^(tmpfs|devtmpfs|overlay|squashfs)$/.test(p[0]))
    .map((p) => ({ fs: p[0], mount: p.slice(5).join(' '), size: +p[1] * 1024, used: +p[2] * 1024, free: +p[3] * 1024 }));
}

function virtualization() {
  const result = { container: null, hypervisor: null };
  if (fs.existsSync('/.dockerenv')) result.container = 'docker';
  else if (fs.existsSync('/run/.containerenv')) result.container = 'podman';
  else {
    const cg = readText('/proc/1/cgroup') || '';
    if (/kubepods/.test(cg)) result.container = 'kubernetes';
    else if (/docker|containerd/.test(cg)) result.container = 'docker';
    else if (/lxc/.test(cg)) result.container = 'lxc';
  }
  const product = (readText('/sys/class/dmi/id/product_name') || '') + ' ' + (readText('/sys/class/dmi/id/sys_vendor') || '');
  const known = [[/VMware/i, 'vmware'], [/VirtualBox|innotek/i, 'virtualbox'], [/KVM|QEMU/i, 'kvm'], [/Microsoft Corporation.*Virtual|Hyper-V/i, 'hyperv'], [/Xen/i, 'xen'], [/Amazon EC2/i, 'aws-nitro'], [/Google Compute Engine/i, 'gce']];
  for (const [re, name] of known) if (re.test(product)) { result.hypervisor = name; break; }
  if (!result.hypervisor && /\bhypervisor\b/.test(readText('/proc/cpuinfo') || '')) result.hypervisor = 'unknown';
  return result;
}

async function all() {
  return { os: osRelease(), cpu: cpu(), memory: memory(), network: network(), disks: await disks(), virtualization: virtualization() };
}

module.exports = { cpu, memory, osRelease, network, disks, virtualization, all };
