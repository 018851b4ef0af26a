<#
.SYNOPSIS
  Report (and optionally remove, with confirmation) risky Microsoft Defender exclusions.
.NOTES
  Never adds exclusions. Requires elevation to read exclusion lists on recent Windows builds.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [switch]$AsJson,
    [switch]$Remove,
    [string]$Path,
    [string]$Process,
    [string]$Extension
)

$ErrorActionPreference = 'Stop'

$riskyFolders = @(
    @{ Pattern = '^[A-Za-z]:\\?$';                         Severity = 'critical'; Why = 'entire drive' },
    @{ Pattern = '^[A-Za-z]:\\Users\\[^\\]+\\?$';          Severity = 'critical'; Why = 'entire user profile' },
    @{ Pattern = '\\AppData\\(Roaming|Local)\\?$';         Severity = 'high';     Why = 'AppData staging folder' },
    @{ Pattern = '\\(Temp|tmp)\\?$';                       Severity = 'high';     Why = 'temp folder' },
    @{ Pattern = '\\Downloads\\?$';                        Severity = 'high';     Why = 'downloads folder' },
    @{ Pattern = '\\ProgramData\\?$';                      Severity = 'high';     Why = 'ProgramData root' }
)
$riskyProcesses = 'powershell.exe','pwsh.exe','wscript.exe','cscript.exe','mshta.exe','rundll32.exe','regsvr32.exe','node.exe','python.exe','cmd.exe'
$riskyExtensions = '.ps1','.js','.vbs','.exe','.dll','.bat','.cmd','.hta','.scr'

function Get-Findings {
    try { $pref = Get-MpPreference } catch { throw "Cannot read Defender preferences (run elevated): $_" }
    $out = New-Object System.Collections.Generic.List[object]
    foreach ($p in @($pref.ExclusionPath)) {
        if (-not $p -or $p -like '*N/A*') { continue }
        $expanded = [Environment]::ExpandEnvironmentVariables($p)
        $hit = $riskyFolders | Where-Object { $expanded -match $_.Pattern } | Select-Object -First 1
        $out.Add([pscustomobject]@{ Kind='path'; Value=$p; Severity= if ($hit) { $hit.Severity } else { 'info' }; Why= if ($hit) { $hit.Why } else { 'specific folder' } })
    }
    foreach ($p in @($pref.ExclusionProcess)) {
        if (-not $p) { continue }
        $leaf = Split-Path $p -Leaf
        $sev = if ($riskyProcesses -contains $leaf.ToLower()) { 'high' } else { 'info' }
        $out.Add([pscustomobject]@{ Kind='process'; Value=$p; Severity=$sev; Why= if ($sev -eq 'high') { 'script host / interpreter' } else { 'specific process' } })
    }
    foreach ($e in @($pref.ExclusionExtension)) {
        if (-not $e) { continue }
        $norm = if ($e.StartsWith('.')) { $e.ToLower() } else { ".$($e.ToLower())" }
        $sev = if ($riskyExtensions -contains $norm) { 'high' } else { 'info' }
        $out.Add([pscustomobject]@{ Kind='extension'; Value=$e; Severity=$sev; Why='extension exclusion' })
    }
    # Tamper indicators
    if ($pref.DisableRealtimeMonitoring) { $out.Add([pscustomobject]@{ Kind='setting'; Value='DisableRealtimeMonitoring'; Severity='critical'; Why='real-time protection is off' }) }
    return $out
}

if ($Remove) {
    $undoDir = Join-Path $env:LOCALAPPDATA 'edr-exclusion-auditor'
    New-Item -ItemType Directory -Force -Path $undoDir | Out-Null
    $undo = Join-Path $undoDir 'undo.log'
    if ($Path -and $PSCmdlet.ShouldProcess($Path, 'Remove Defender path exclusion')) {
        Remove-MpPreference -ExclusionPath $Path
        Add-Content $undo "$(Get-Date -Format o) removed path '$Path' (undo: Add-MpPreference -ExclusionPath '$Path')"
    }
    if ($Process -and $PSCmdlet.ShouldProcess($Process, 'Remove Defender process exclusion')) {
        Remove-MpPreference -ExclusionProcess $Process
        Add-Content $undo "$(Get-Date -Format o) removed process '$Process'"
    }
    if ($Extension -and $PSCmdlet.ShouldProcess($Extension, 'Remove Defender extension exclusion')) {
        Remove-MpPreference -ExclusionExtension $Extension
        Add-Content $undo "$(Get-Date -Format o) removed extension '$Extension'"
    }
    return
}

$f = Get-Findings | Sort-Object @{ Expression = { @{critical=0;high=1;medium=2;info=3}[$_.Severity] } }
if ($AsJson) { $f | ConvertTo-Json -Depth 3 } else { $f | Format-Table -AutoSize Severity, Kind, Value, Why }
