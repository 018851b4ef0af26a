'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { cim, ps, probeScript } = require('./wmi');

function loadProfile(name) {
  const p = path.join(__dirname, '..', 'profiles', `${name}.json`);
  return JSON.parse(fs.readFileSync(p, 'utf8'));
}

function fmtBytes(n) {
  const u = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < u.length - 1) { n /= 1024; i++; }
  return `${n.toFixed(1)} ${u[i]}`;
}

module.exports = function register(api) {
  const cfg = api.config || {};
  const profile = loadProfile(cfg.profile || 'default');
  const warn = cfg.diskWarnPercent || 90;

  api.registerTool({
    name: 'host_health',
    description: 'Return CPU load, memory use, disk usage per volume and uptime of this machine, with warnings.',
    parameters: { type: 'object', properties: {} },
    async execute() {
      const total = os.totalmem();
      const free = os.freemem();
      const res = {
        host: os.hostname(),
        uptimeHours: +(os.uptime() / 3600).toFixed(1),
        load: os.loadavg(),
        cpus: os.cpus().length,
        memory: { total: fmtBytes(total), used: fmtBytes(total - free), percent: +((1 - free / total) * 100).toFixed(1) },
        disks: [],
        warnings: [],
      };
      if (process.platform === 'win32') {
        const disks = await cim('Win32_LogicalDisk -Filter "DriveType=3"', ['DeviceID', 'Size', 'FreeSpace']);
        for (const d of disks) {
          const pct = d.Size ? +((1 - d.FreeSpace / d.Size) * 100).toFixed(1) : 0;
          res.disks.push({ drive: d.DeviceID, size: fmtBytes(d.Size || 0), percent: pct });
          if (pct >= warn) res.warnings.push(`${d.DeviceID} is ${pct}% full`);
        }
        const cpu = await cim('Win32_PerfFormattedData_PerfOS_Processor -Filter "Name=\'_Total\'"', ['PercentProcessorTime']);
        res.cpuPercent = cpu[0] && cpu[0].PercentProcessorTime;
      }
      if (res.memory.percent > 90) res.warnings.push('memory pressure above 90%');
      return res;
    },
  });

  api.registerTool({
    name: 'host_top_processes',
    description: 'List the top N processes by working set (Windows).',
    parameters: { type: 'object', properties: { n: { type: 'number', default: 10 } } },
    async execute({ n = 10 }) {
      if (process.platform !== 'win32') return { error: 'Windows only' };
      const out = await ps(`Get-Process | Sort-Object WorkingSet64 -Descending | Select-Object -First ${Number(n) | 0} Name,Id,@{n='MB';e={[math]::Round($_.WorkingSet64/1MB)}} | ConvertTo-Json -Compress`);
      return JSON.parse(out);
    },
  });

  api.registerService({
    id: 'win-health-probes',
    async start() {
      if (process.platform !== 'win32' || cfg.probes === false) return;
      for (const probe of profile.probes || []) {
        try {
          await ps(probeScript(probe), { hidden: true });
        } catch (e) {
          api.logger && api.logger.debug && api.logger.debug(`probe ${probe.id} not registered: ${e.message}`);
        }
      }
    },
    stop() {},
  });
};
