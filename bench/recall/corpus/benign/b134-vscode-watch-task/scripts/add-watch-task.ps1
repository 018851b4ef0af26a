<#
.SYNOPSIS
  Add (or update) a folderOpen task that runs an existing npm script.
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory)] [string]$Script,
  [string]$Path = '.'
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$root = (Resolve-Path $Path).Path
$pkgFile = Join-Path $root 'package.json'
if (-not (Test-Path $pkgFile)) { throw "no package.json in $root" }
$pkg = Get-Content $pkgFile -Raw | ConvertFrom-Json
$scripts = $pkg.PSObject.Properties['scripts']
if (-not $scripts -or -not $scripts.Value.PSObject.Properties[$Script]) {
  throw "package.json has no script named '$Script'"
}

$vs = Join-Path $root '.vscode'
New-Item -ItemType Directory -Force -Path $vs | Out-Null
$tasksFile = Join-Path $vs 'tasks.json'

if (Test-Path $tasksFile) {
  # tasks.json may contain comments (JSONC); strip // comments conservatively
  $raw = (Get-Content $tasksFile -Raw) -replace '(?m)^\s*//.*$', ''
  $doc = $raw | ConvertFrom-Json
} else {
  $doc = [pscustomobject]@{ version = '2.0.0'; tasks = @() }
}

$label = "npm: $Script (auto)"
$task = [ordered]@{
  label          = $label
  type           = 'npm'
  script         = $Script
  isBackground   = $true
  problemMatcher = @('$tsc-watch')
  presentation   = @{ reveal = 'silent'; panel = 'dedicated' }
  runOptions     = @{ runOn = 'folderOpen' }
}

$others = @($doc.tasks | Where-Object { $_.label -ne $label })
$doc.tasks = $others + [pscustomobject]$task
$doc | ConvertTo-Json -Depth 10 | Set-Content -Path $tasksFile -Encoding utf8

Write-Host "added task '$label' to .vscode/tasks.json"
Write-Host "VS Code will ask once for permission to run automatic tasks in this folder."
