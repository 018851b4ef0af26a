# Disables one entry the way Task Manager's Startup tab does (StartupApproved flag / Disable-ScheduledTask).
# Nothing is deleted; re-enable from Task Manager or with -Enable.
param([Parameter(Mandatory)][ValidateSet('registry','startup-folder','scheduled-task')][string]$Kind,
      [Parameter(Mandatory)][string]$Location, [Parameter(Mandatory)][string]$Name, [switch]$Enable)
$ErrorActionPreference = 'Stop'
if ($Kind -eq 'scheduled-task') {
  if ($Enable) { Enable-ScheduledTask -TaskPath $Location -TaskName $Name | Out-Null } else { Disable-ScheduledTask -TaskPath $Location -TaskName $Name | Out-Null }
  return
}
$hive = if ($Location -like 'HKLM*' -or $Location -eq [Environment]::GetFolderPath('CommonStartup')) { 'HKLM' } else { 'HKCU' }
$sub = switch -Wildcard ($Location) { '*WOW6432Node*' { 'Run32' } '*\Run' { 'Run' } default { 'StartupFolder' } }
$key = "${hive}:\Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\$sub"
if (-not (Test-Path $key)) { New-Item -Path $key -Force | Out-Null }
$bytes = [byte[]](@($(if ($Enable) { 2 } else { 3 })) + (,0 * 3) + [BitConverter]::GetBytes([DateTime]::Now.ToFileTimeUtc()))
Set-ItemProperty -Path $key -Name $Name -Value $bytes -Type Binary
