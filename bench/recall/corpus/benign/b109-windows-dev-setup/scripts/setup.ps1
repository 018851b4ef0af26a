<#
.SYNOPSIS
  Installs developer tooling with winget from packages.json.
.EXAMPLE
  Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass -Force
  .\setup.ps1 -Groups core,web -WhatIf
#>
[CmdletBinding()]
param(
  [string[]]$Groups = @('core'),
  [switch]$WhatIf,
  [string]$PackageFile = (Join-Path $PSScriptRoot 'packages.json')
)
$ErrorActionPreference = 'Stop'

if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
  Write-Error 'winget not found. Install "App Installer" from the Microsoft Store first: ms-windows-store://pdp/?productid=9NBLGGH4NNS1'
}

$catalog = Get-Content -Raw -LiteralPath $PackageFile | ConvertFrom-Json
if ($Groups -notcontains 'core') { $Groups = @('core') + $Groups }

$selected = foreach ($g in $Groups) {
  if (-not $catalog.PSObject.Properties.Name.Contains($g)) { Write-Warning "Unknown group '$g' skipped"; continue }
  $catalog.$g
}

function Test-Installed([string]$id) {
  $out = winget list --id $id --exact --accept-source-agreements 2>$null | Out-String
  return $out -match [regex]::Escape($id)
}

$summary = [ordered]@{ installed = @(); present = @(); failed = @() }

foreach ($p in $selected) {
  if (Test-Installed $p.id) {
    Write-Host ("= {0} already installed" -f $p.name)
    $summary.present += $p.name
    continue
  }
  $args = @('install', '--id', $p.id, '--exact', '--source', 'winget', '--accept-package-agreements', '--accept-source-agreements')
  if ($p.override) { $args += @('--override', $p.override) }
  if ($WhatIf) {
    Write-Host ("+ would run: winget {0}" -f ($args -join ' '))
    continue
  }
  Write-Host ("+ installing {0}..." -f $p.name)
  & winget @args
  if ($LASTEXITCODE -eq 0) { $summary.installed += $p.name } else { $summary.failed += "$($p.name) (exit $LASTEXITCODE)" }
}

# Git defaults that avoid CRLF surprises in WSL/containers
if (-not $WhatIf -and (Get-Command git -ErrorAction SilentlyContinue)) {
  git config --global core.autocrlf input
  git config --global init.defaultBranch main
}

Write-Host ''
Write-Host ("Installed: {0}" -f ($summary.installed -join ', '))
Write-Host ("Already present: {0}" -f ($summary.present -join ', '))
if ($summary.failed) { Write-Host ("Failed: {0}" -f ($summary.failed -join ', ')) -ForegroundColor Yellow }
