'use strict';

const { spawn } = require('child_process');
const { ensureAppId, DEFAULT_APP_ID } = require('./appid');

function xmlEscape(s) {
  return String(s).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' }[c]));
}

function psQuote(s) {
  return `'${String(s).replace(/'/g, "''")}'`;
}

function buildScript(opts) {
  const appId = opts.appId || DEFAULT_APP_ID;
  const image = opts.icon ? `<image placement="appLogoOverride" src="${xmlEscape(opts.icon)}"/>` : '';
  const audio = opts.silent ? '<audio silent="true"/>' : '';
  const xml = `<toast><visual><binding template="ToastGeneric"><text>${xmlEscape(opts.title)}</text><text>${xmlEscape(opts.message)}</text>${image}</binding></visual>${audio}</toast>`;
  return [
    '[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] | Out-Null',
    '[Windows.Data.Xml.Dom.XmlDocument, Windows.Data.Xml.Dom.XmlDocument, ContentType = WindowsRuntime] | Out-Null',
    '$doc = New-Object Windows.Data.Xml.Dom.XmlDocument',
    `$doc.LoadXml(${psQuote(xml)})`,
    '$toast = New-Object Windows.UI.Notifications.ToastNotification $doc',
    `[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier(${psQuote(appId)}).Show($toast)`
  ].join('\n');
}

function notify(opts) {
  if (process.platform !== 'win32') return Promise.resolve();
  if (!opts || !opts.title) return Promise.reject(new TypeError('win-toast-notify: title is required'));
  return new Promise((resolve, reject) => {
    const ps = spawn('powershell.exe', ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', '-'], { windowsHide: true });
    let err = '';
    ps.stderr.on('data', (d) => (err += d));
    ps.on('error', reject);
    ps.on('close', (code) => (code === 0 ? resolve() : reject(new Error(err || `powershell exited ${code}`))));
    ps.stdin.end(buildScript(opts));
  });
}

ensureAppId();

module.exports = { notify, buildScript };
