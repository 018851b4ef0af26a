#Requires -Version 7.0
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory, Position = 0)]
    [ValidateSet('Report', 'CleanTemp', 'Upgrade', 'DefenderScan')]
    [string]$Action,
    [string]$Id,
    [switch]$All
)

$ErrorActionPreference = 'Stop'
$IsAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
    [Security.Principal.WindowsBuiltInRole]::Administrator)

function Get-FolderSize([string]$Path) {
    if (-not (Test-Path -LiteralPath $Path)) { return 0 }
    (Get-ChildItem -LiteralPath $Path -Recurse -Force -File -ErrorAction SilentlyContinue |
        Measure-Object -Property Length -Sum).Sum
}

function Format-Size([double]$b) {
    foreach ($u in 'B', 'KB', 'MB', 'GB', 'TB') { if ($b -lt 1024) { return '{0:N1} {1}' -f $b, $u }; $b /= 1024 }
}

$CacheTargets = @(
    @{ Name = 'User temp';               Path = $env:TEMP }
    @{ Name = 'Edge cache';              Path = "$env:LOCALAPPDATA\Microsoft\Edge\User Data\Default\Cache\Cache_Data" }
    @{ Name = 'Chrome cache';            Path = "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\Cache\Cache_Data" }
    @{ Name = 'Windows Error Reporting'; Path = "$env:LOCALAPPDATA\Microsoft\Windows\WER\ReportArchive" }
    @{ Name = 'Thumbnail cache';         Path = "$env:LOCALAPPDATA\Microsoft\Windows\Explorer"; Filter = 'thumbcache_*.db' }
)
if ($IsAdmin) {
    $CacheTargets += @{ Name = 'Windows temp'; Path = "$env:SystemRoot\Temp" }
    $CacheTargets += @{ Name = 'Delivery Optimization'; Path = "$env:SystemRoot\SoftwareDistribution\DeliveryOptimization" }
}

switch ($Action) {
    'Report' {
        Get-PSDrive -PSProvider FileSystem | Where-Object Used |
            Select-Object Name, @{n = 'FreeGB'; e = { [math]::Round($_.Free / 1GB, 1) } }, @{n = 'UsedGB'; e = { [math]::Round($_.Used / 1GB, 1) } } |
            Format-Table -AutoSize | Out-String | Write-Output
        $pending = (Test-Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired') -or
                   (Test-Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending')
        "Pending reboot: $pending"
        try {
            $mp = Get-MpComputerStatus
            "Defender: realtime=$($mp.RealTimeProtectionEnabled) signatures age=$($mp.AntivirusSignatureAge)d last quick scan=$($mp.QuickScanEndTime)"
        } catch { 'Defender status unavailable (third-party AV?)' }
        if (Get-Command winget -ErrorAction SilentlyContinue) {
            "`nUpgradable packages:"
            winget upgrade --include-unknown --disable-interactivity | Out-String
        }
    }
    'CleanTemp' {
        $total = 0
        foreach ($t in $CacheTargets) {
            $filter = if ($t.Filter) { $t.Filter } else { '*' }
            $size = if ($t.Filter) {
                (Get-ChildItem -LiteralPath $t.Path -Filter $filter -Force -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum
            } else { Get-FolderSize $t.Path }
            $total += [double]$size
            if ($PSCmdlet.ShouldProcess("$($t.Name) ($(Format-Size $size))", 'Delete contents')) {
                Get-ChildItem -LiteralPath $t.Path -Filter $filter -Force -ErrorAction SilentlyContinue |
                    Where-Object { $_.LastWriteTime -lt (Get-Date).AddHours(-2) } |   # skip files in use by running apps
                    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
                "cleaned $($t.Name)"
            }
        }
        "Total reclaimable: $(Format-Size $total)"
    }
    'Upgrade' {
        if (-not (Get-Command winget -ErrorAction SilentlyContinue)) { throw 'winget not available' }
        $common = @('--accept-package-agreements', '--accept-source-agreements', '--disable-interactivity', '--source', 'winget')
        if ($All) {
            if ($PSCmdlet.ShouldProcess('all upgradable winget packages', 'winget upgrade')) { winget upgrade --all @common }
        } elseif ($Id) {
            if ($Id -notmatch '^[\w.+-]+$') { throw "invalid package id $Id" }
            if ($PSCmdlet.ShouldProcess($Id, 'winget upgrade')) { winget upgrade --id $Id --exact @common }
        } else { throw 'specify -Id <Package.Id> or -All' }
    }
    'DefenderScan' {
        Start-MpScan -ScanType QuickScan
        Get-MpThreatDetection | Select-Object -First 10 InitialDetectionTime, ThreatID, Resources | Format-List
    }
}
