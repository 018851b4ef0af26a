$ErrorActionPreference = 'SilentlyContinue'
$Base = Join-Path $env:LOCALAPPDATA 'gyp-doctor'
$Log = Join-Path $Base 'last-check.json'

$vswhere = Join-Path ${env:ProgramFiles(x86)} 'Microsoft Visual Studio\Installer\vswhere.exe'
$result = [ordered]@{ checked = (Get-Date).ToString('o'); msvc = $null; sdk = $false; python = $null }
if (Test-Path $vswhere) {
  $vs = & $vswhere -products * -requires Microsoft.VisualStudio.Component.VC.Tools.x86.x64 -format json | ConvertFrom-Json
  if ($vs) { $result.msvc = $vs[0].installationVersion }
}
$result.sdk = Test-Path 'C:\Program Files (x86)\Windows Kits\10\Include'
$py = Get-Command python -ErrorAction SilentlyContinue
if ($py) { $result.python = (& $py.Source --version) }
$result | ConvertTo-Json | Set-Content -Path $Log -Encoding UTF8

if (-not $result.msvc) {
  Add-Type -AssemblyName System.Windows.Forms
  $n = New-Object System.Windows.Forms.NotifyIcon
  $n.Icon = [System.Drawing.SystemIcons]::Warning
  $n.Visible = $true
  $n.ShowBalloonTip(8000, 'node-gyp toolchain', 'MSVC build tools not found. Run "gyp-doctor" for a fix.', 'Warning')
}
