<#
.SYNOPSIS
  Route one npm scope to a private registry in the project's .npmrc (and .yarnrc.yml).
.EXAMPLE
  ./Set-ScopedRegistry.ps1 -Scope '@acme' -Registry 'https://npm.pkg.github.com' -WhatIf
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory)] [ValidatePattern('^@[a-z0-9][a-z0-9._-]*$')] [string] $Scope,
    [Parameter(Mandatory)] [ValidatePattern('^https://')] [string] $Registry,
    [string] $ProjectDir = (Get-Location).Path,
    [string] $TokenVar = 'NPM_TOKEN'
)
$ErrorActionPreference = 'Stop'

$uri = [Uri]$Registry
if ($uri.Host -in @('registry.npmjs.org')) { throw 'Scope registry must be your private registry, not the public one.' }
$reg = $Registry.TrimEnd('/') + '/'
$authKey = '//' + $uri.Authority + $uri.AbsolutePath.TrimEnd('/') + '/:_authToken'

# --- .npmrc (project level) ---
$npmrc = Join-Path $ProjectDir '.npmrc'
$lines = @()
if (Test-Path $npmrc) { $lines = Get-Content $npmrc }
$lines = $lines | Where-Object { $_ -notmatch "^$([regex]::Escape($Scope)):registry=" -and $_ -notmatch "^$([regex]::Escape($authKey))=" }
foreach ($l in $lines) {
    if ($l -match '_authToken=(?!\$\{)') { Write-Warning ".npmrc contains a literal token on: $($l.Split('=')[0]) - consider replacing it with `${$TokenVar}` and rotating the token." }
}
$lines += "$Scope`:registry=$reg"
$lines += "$authKey=`${$TokenVar}"

if ($PSCmdlet.ShouldProcess($npmrc, 'write scoped registry')) {
    Set-Content -Path $npmrc -Value $lines -Encoding utf8
    Write-Host "updated $npmrc"
} else {
    Write-Host "--- $npmrc (preview)"; $lines | ForEach-Object { Write-Host $_ }
}

# --- .yarnrc.yml (Yarn Berry) if present ---
$yarnrc = Join-Path $ProjectDir '.yarnrc.yml'
if (Test-Path $yarnrc) {
    $name = $Scope.TrimStart('@')
    $y = Get-Content $yarnrc -Raw
    if ($y -notmatch "(?m)^\s{2}$([regex]::Escape($name)):") {
        $block = "  ${name}:`n    npmRegistryServer: `"$($Registry.TrimEnd('/'))`"`n    npmAuthToken: `"`${$TokenVar}`"`n"
        if ($y -match '(?m)^npmScopes:\s*$') { $y = $y -replace '(?m)^npmScopes:\s*$', "npmScopes:`n$($block.TrimEnd("`n"))" }
        else { $y = $y.TrimEnd() + "`nnpmScopes:`n$block" }
        if ($PSCmdlet.ShouldProcess($yarnrc, 'add npmScopes entry')) { Set-Content $yarnrc $y -Encoding utf8; Write-Host "updated $yarnrc" }
        else { Write-Host "--- $yarnrc (preview)"; Write-Host $y }
    }
}

if (-not [Environment]::GetEnvironmentVariable($TokenVar)) {
    Write-Host "Next: create a read-only token and set `$env:$TokenVar (shell profile / CI secret). It is not stored in any file."
}
