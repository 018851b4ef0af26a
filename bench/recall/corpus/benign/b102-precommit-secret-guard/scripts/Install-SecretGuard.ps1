[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Repo
)
$ErrorActionPreference = 'Stop'

$gitDir = (& git -C $Repo rev-parse --git-dir 2>$null)
if (-not $gitDir) { throw "$Repo is not a git repository" }
if (-not [System.IO.Path]::IsPathRooted($gitDir)) { $gitDir = Join-Path $Repo $gitDir }
$hooks = Join-Path $gitDir 'hooks'
New-Item -ItemType Directory -Force -Path $hooks | Out-Null

$checker = Join-Path $PSScriptRoot 'Test-StagedSecrets.ps1'
$hookPath = Join-Path $hooks 'pre-commit'

if (Test-Path $hookPath) {
    $backup = "$hookPath.secretguard-backup"
    if (-not (Test-Path $backup)) {
        Copy-Item $hookPath $backup
        Write-Host "Existing hook backed up to $backup"
    }
}

$hook = @"
#!/bin/sh
# installed by precommit-secret-guard
exec pwsh -NoProfile -ExecutionPolicy Bypass -File "$($checker -replace '\\','/')"
"@
Set-Content -Path $hookPath -Value $hook -NoNewline -Encoding ascii
if (-not $IsWindows) { & chmod +x $hookPath }
Write-Host "Secret guard installed in $hookPath"
