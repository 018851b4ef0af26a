'use strict';
const { execFile } = require('child_process');
const path = require('path');
const fs = require('fs');

const APP_ID = 'WinToastNotify.Node';
const HELPER = path.join(__dirname, '..', 'vendor', 'win32', process.arch, 'toast-helper.exe');

function xmlEscape(s) {
  return String(s).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' }[c]));
}

function buildXml({ title, message, image, buttons = [], progress }) {
  const img = image ? `<image placement="appLogoOverride" src="${xmlEscape(path.resolve(image))}"/>` : '';
  const prog = progress
    ? `<progress title="${xmlEscape(progress.title || '')}" value="${Number(progress.value) || 0}" status="${xmlEscape(progress.status || '')}"/>`
    : '';
  const actions = buttons.length
    ? `<actions>${buttons.map((b) => `<action content="${xmlEscape(b.label)}" arguments="${xmlEscape(b.id || b.label)}"/>`).join('')}</actions>`
    : '';
  return `<toast><visual><binding template="ToastGeneric"><text>${xmlEscape(title)}</text><text>${xmlEscape(message)}</text>${img}${prog}</binding></visual>${actions}</toast>`;
}

function psScript(xml, appId) {
  const x = xml.replace(/'/g, "''");
  return [
    '[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] | Out-Null',
    '[Windows.Data.Xml.Dom.XmlDocument, Windows.Data.Xml.Dom.XmlDocument, ContentType = WindowsRuntime] | Out-Null',
    '$d = New-Object Windows.Data.Xml.Dom.XmlDocument',
    `$d.LoadXml('${x}')`,
    `[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('${appId}').Show([Windows.UI.Notifications.ToastNotification]::new($d))`,
  ].join('; ');
}

function notify(opts, cb = () => {}) {
  if (process.platform !== 'win32') {
    // graceful fallback for dev boxes
    console.log(`[toast] ${opts.title}: ${opts.message}`);
    return cb(null);
  }
  const xml = buildXml(opts);
  if (opts.buttons && opts.buttons.length && fs.existsSync(HELPER)) {
    // the helper can wait for activation and report which button was clicked
    return execFile(HELPER, ['--aumid', APP_ID, '--xml', xml, '--wait'], { windowsHide: true }, (err, out) => cb(err, out && out.trim()));
  }
  execFile('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', psScript(xml, APP_ID)], { windowsHide: true }, (err) => cb(err));
}

module.exports = { notify, buildXml, APP_ID };
