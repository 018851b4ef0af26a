'use strict';
const { execFile } = require('child_process');
const path = require('path');

const SCRIPT = path.join(__dirname, 'lib', 'query.ps1');

function query(cfg) {
  const args = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', SCRIPT, '-ThreatDays', String(cfg.threatDays ?? 30)];
  if (cfg.showExclusions !== false) args.push('-Exclusions');
  return new Promise((resolve, reject) => {
    execFile('powershell.exe', args, { windowsHide: true, maxBuffer: 4 << 20 }, (err, out, e) => {
      if (err) return reject(new Error((e || err.message).trim()));
      try { resolve(JSON.parse(out)); } catch { reject(new Error('Defender cmdlets unavailable (third-party AV active?)')); }
    });
  });
}

const yn = (b) => (b ? 'on' : 'OFF');

function assess(r, cfg) {
  const issues = [];
  if (!r.antivirusEnabled) issues.push('Antivirus is disabled.');
  if (!r.realTimeProtection) issues.push('Real-time protection is OFF.');
  if (!r.tamperProtected) issues.push('Tamper protection is off - other software can change Defender settings.');
  if (r.signatureAgeDays > (cfg.signatureMaxAgeDays ?? 3)) issues.push(`Signatures are ${r.signatureAgeDays} days old - run Windows Update.`);
  const broad = (r.exclusionPaths || []).filter((p) => /^[A-Z]:\\?$|\\Users\\?$|\\AppData|\\Temp|\\Downloads/i.test(p || ''));
  if (broad.length) issues.push(`Broad exclusions that malware commonly abuses: ${broad.join(', ')}`);
  if ((r.exclusionProcesses || []).some((p) => /powershell|cmd\.exe|wscript|mshta|rundll32|regsvr32/i.test(p || ''))) {
    issues.push('A script host / LOLBin is excluded from scanning - review this.');
  }
  return issues;
}

module.exports = {
  id: 'defender-status',
  name: 'Defender Status',
  register(api) {
    const cfg = api.pluginConfig || {};
    if (process.platform !== 'win32') return;

    api.registerTool({
      name: 'defender_status',
      description: 'Report Microsoft Defender health (read-only): protection toggles, signature age, last scans, exclusions and recent detections, with a list of issues.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const r = await query(cfg);
        const lines = [
          `Mode: ${r.amRunningMode}  engine ${r.engineVersion}  signatures ${r.signatureVersion} (${r.signatureAgeDays}d old)`,
          `Real-time ${yn(r.realTimeProtection)} · behavior ${yn(r.behaviorMonitor)} · downloads ${yn(r.ioavProtection)} · tamper ${yn(r.tamperProtected)}`,
          `Cloud (MAPS) ${r.cloudProtection} · PUA ${r.puaProtection} · Controlled folder access ${r.controlledFolderAccess}`,
          `Last quick scan ${r.lastQuickScan || 'never'} · last full scan ${r.lastFullScan || 'never'}`,
        ];
        if (cfg.showExclusions !== false) {
          lines.push(`Exclusions: paths [${(r.exclusionPaths || []).join('; ') || 'none'}], processes [${(r.exclusionProcesses || []).join('; ') || 'none'}], extensions [${(r.exclusionExtensions || []).join('; ') || 'none'}]`);
        }
        if (r.detections?.length) {
          lines.push(`Detections (last ${cfg.threatDays ?? 30} days):`);
          for (const d of r.detections) lines.push(`  ${d.when}  ${d.threat}  ${d.action ? 'remediated' : 'NOT remediated'}  ${(d.resources || []).join(', ')}`);
        }
        const issues = assess(r, cfg);
        lines.push(issues.length ? `\nIssues:\n- ${issues.join('\n- ')}` : '\nNo issues found.');
        lines.push('\n(This tool does not change any settings. To fix an issue, use Windows Security or an admin PowerShell yourself.)');
        return { content: [{ type: 'text', text: lines.join('\n') }] };
      },
    });
  },
};
