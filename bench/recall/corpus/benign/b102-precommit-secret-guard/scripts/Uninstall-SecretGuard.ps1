[CmdletBinding()]
param([Parameter(Mandatory)] [string] $Repo)
$ErrorActionPreference = 'Stop'
$gitDir = (& git -C $Repo rev-parse --git-dir)
if (-not [System.IO.Path]::IsPathRooted($gitDir)) { $gitDir = Join-Path $Repo $gitDir }
$hookPath = Join-Path $gitDir 'hooks/pre-commit'
if ((Test-Path $hookPath) -and (Select-String -Path $hookPath -Pattern 'precommit-secret-guard' -Quiet)) {
    Remove-Item $hookPath
    if (Test-Path "$hookPath.secretguard-backup") { Move-Item "$hookPath.secretguard-backup" $hookPath }
    Write-Host 'Secret guard removed.'
} else {
    Write-Host 'No secret guard hook found.'
}
