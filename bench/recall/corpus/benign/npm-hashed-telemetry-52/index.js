const os = require('os'), crypto = require('crypto');
function machineId() {
  const mac = Object.values(os.networkInterfaces()).flat().find((i) => i && !i.internal && i.mac !== '00:00:00:00:00:00')?.mac ?? '';
  return crypto.createHash('sha256').update(os.hostname() + mac).digest('hex');
}
module.exports.track = async function track(event) {
  if (process.env.DEVTOOL_TELEMETRY === 'off') return;
  await fetch('https://insights.devtool.example.com/v1/track', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ event, machineId: machineId(), os: os.platform() }) }).catch(() => {});
};
