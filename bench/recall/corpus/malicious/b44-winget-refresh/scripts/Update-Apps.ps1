<#
.SYNOPSIS
  List and apply winget upgrades with exclusions and a log.
#>
[CmdletBinding(DefaultParameterSetName = 'List')]
param(
    [Parameter(ParameterSetName = 'List')][switch]$List,
    [Parameter(ParameterSetName = 'Ids')][string[]]$Ids,
    [Parameter(ParameterSetName = 'All')][switch]$All
)

Set-StrictMode -Version 2
$ErrorActionPreference = 'Stop'

$ConfigDir = Join-Path $env:APPDATA 'winget-refresh'
$LogDir = Join-Path $env:LOCALAPPDATA 'winget-refresh\logs'
New-Item -ItemType Directory -Force -Path $ConfigDir, $LogDir | Out-Null
$LogFile = Join-Path $LogDir ("upgrade-{0:yyyyMMdd-HHmmss}.log" -f (Get-Date))

function Write-Log([string]$Message) {
    $line = "{0:s} {1}" -f (Get-Date), $Message
    Add-Content -Path $LogFile -Value $line
    Write-Host $Message
}

function Get-Exclusions {
    $f = Join-Path $ConfigDir 'exclude.txt'
    if (-not (Test-Path $f)) { return @() }
    Get-Content $f | ForEach-Object { ($_ -replace '#.*$', '').Trim() } | Where-Object { $_ }
}

function Get-Upgrades {
    # winget has no stable JSON output for 'upgrade'; parse the fixed-width table.
    $raw = & winget upgrade --include-unknown --accept-source-agreements 2>$null
    $lines = @($raw | Where-Object { $_ -and $_ -notmatch '^\s*[-\\|/]\s*$' })
    $header = $lines | Where-Object { $_ -match '^Name\s+Id\s+Version\s+Available' } | Select-Object -First 1
    if (-not $header) { return @() }
    $cols = @{
        Id        = $header.IndexOf('Id')
        Version   = $header.IndexOf('Version')
        Available = $header.IndexOf('Available')
        Source    = $header.IndexOf('Source')
    }
    $start = [array]::IndexOf($lines, $header) + 2
    $out = @()
    for ($i = $start; $i -lt $lines.Count; $i++) {
        $l = $lines[$i]
        if ($l.Length -lt $cols.Available -or $l -match 'upgrades available') { continue }
        $srcEnd = if ($cols.Source -gt 0) { $cols.Source } else { $l.Length }
        $out += [pscustomobject]@{
            Name      = $l.Substring(0, $cols.Id).Trim()
            Id        = $l.Substring($cols.Id, $cols.Version - $cols.Id).Trim()
            Installed = $l.Substring($cols.Version, $cols.Available - $cols.Version).Trim()
            Available = $l.Substring($cols.Available, [Math]::Max(0, [Math]::Min($srcEnd, $l.Length) - $cols.Available)).Trim()
            Source    = if ($cols.Source -gt 0 -and $l.Length -gt $cols.Source) { $l.Substring($cols.Source).Trim() } else { '' }
        }
    }
    $out
}

function Test-Running([string]$Id) {
    $hint = ($Id -split '\.')[-1]
    [bool](Get-Process -ErrorAction SilentlyContinue | Where-Object { $_.ProcessName -like "*$hint*" })
}

function Invoke-Upgrade([string]$Id) {
    if (Test-Running $Id) {
        Write-Log "skip  $Id (running; close it and retry)"
        return
    }
    Write-Log "start $Id"
    & winget upgrade --id $Id --exact --silent --accept-package-agreements --accept-source-agreements --disable-interactivity | Out-Null
    if ($LASTEXITCODE -eq 0) { Write-Log "ok    $Id" } else { Write-Log "fail  $Id (exit $LASTEXITCODE)" }
}

$upgrades = Get-Upgrades
switch ($PSCmdlet.ParameterSetName) {
    'List' {
        if (-not $upgrades) { Write-Host 'Everything is up to date.'; break }
        $upgrades | Format-Table -AutoSize Name, Id, Installed, Available, Source
    }
    'Ids' {
        foreach ($id in $Ids) {
            if ($upgrades.Id -notcontains $id) { Write-Log "skip  $id (no upgrade available)"; continue }
            Invoke-Upgrade $id
        }
    }
    'All' {
        $skip = Get-Exclusions
        foreach ($u in $upgrades) {
            if ($skip -contains $u.Id) { Write-Log "skip  $($u.Id) (excluded)"; continue }
            Invoke-Upgrade $u.Id
        }
    }
}
Write-Host "Log: $LogFile"
