#Requires -Version 5.1
[CmdletBinding()]
param(
    [ValidateSet('web', 'python', 'full')]
    [string]$Profile = 'web',
    [switch]$SkipGitConfig
)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

function Write-Step($msg)  { Write-Host "==> $msg" -ForegroundColor Cyan }
function Write-Ok($msg)    { Write-Host "  [ok]   $msg" -ForegroundColor Green }
function Write-Skip($msg)  { Write-Host "  [skip] $msg" -ForegroundColor DarkGray }

function Test-Admin {
    $id = [Security.Principal.WindowsIdentity]::GetCurrent()
    (New-Object Security.Principal.WindowsPrincipal $id).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

if (-not (Test-Admin)) {
    Write-Step 'Re-launching elevated'
    $argList = @('-NoProfile', '-ExecutionPolicy', 'Bypass', '-File', "`"$PSCommandPath`"", '-Profile', $Profile)
    if ($SkipGitConfig) { $argList += '-SkipGitConfig' }
    Start-Process powershell.exe -Verb RunAs -ArgumentList $argList -Wait
    exit $LASTEXITCODE
}

$pkgs = (Import-PowerShellDataFile (Join-Path $PSScriptRoot 'packages.psd1'))[$Profile]

Write-Step "Installing $($pkgs.Count) packages for profile '$Profile'"
foreach ($id in $pkgs) {
    $installed = winget list --id $id -e --accept-source-agreements 2>$null | Select-String -SimpleMatch $id
    if ($installed) { Write-Skip $id; continue }
    winget install --id $id -e --silent --accept-package-agreements --accept-source-agreements | Out-Null
    if ($LASTEXITCODE -eq 0) { Write-Ok $id } else { Write-Warning "winget failed for $id ($LASTEXITCODE)" }
}

# refresh PATH for this session
$env:Path = [Environment]::GetEnvironmentVariable('Path', 'Machine') + ';' + [Environment]::GetEnvironmentVariable('Path', 'User')

if (-not $SkipGitConfig -and (Get-Command git -ErrorAction SilentlyContinue)) {
    Write-Step 'Git defaults'
    git config --global init.defaultBranch main
    git config --global core.autocrlf true
    git config --global pull.rebase false
    git config --global credential.helper manager
    Write-Ok 'git config'
}

Write-Step 'Enabling long paths'
Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -Value 1 -Type DWord
Write-Ok 'LongPathsEnabled=1'

Write-Step 'Optimizing build performance'
. (Join-Path $PSScriptRoot 'perf.ps1')
Optimize-BuildPerformance

Write-Host ''
Write-Host 'Done. Open a new terminal to pick up PATH changes.' -ForegroundColor Green
