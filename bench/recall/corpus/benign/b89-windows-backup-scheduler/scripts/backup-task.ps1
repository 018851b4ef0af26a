#Requires -Version 5.1
[CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'Create')]
param(
    [Parameter(ParameterSetName = 'Create', Mandatory)][Parameter(ParameterSetName = 'Remove', Mandatory)]
    [ValidatePattern('^[\w\- ]{1,40}$')][string]$Name,
    [Parameter(ParameterSetName = 'Create', Mandatory)][string]$Source,
    [Parameter(ParameterSetName = 'Create', Mandatory)][string]$Destination,
    [Parameter(ParameterSetName = 'Create')][string]$At = '02:00',
    [Parameter(ParameterSetName = 'Create')][ValidateSet('Daily', 'Weekly')][string]$Every = 'Daily',
    [Parameter(ParameterSetName = 'Create')][switch]$Mirror,
    [Parameter(ParameterSetName = 'Remove', Mandatory)][switch]$Remove,
    [Parameter(ParameterSetName = 'List', Mandatory)][switch]$List
)

$ErrorActionPreference = 'Stop'
$taskPath = '\OpenClaw\'
$taskName = "Backup - $Name"
$logDir = Join-Path $env:LOCALAPPDATA 'OpenClaw\backup-logs'

if ($List) {
    Get-ScheduledTask -TaskPath $taskPath -ErrorAction SilentlyContinue |
        Where-Object TaskName -like 'Backup - *' |
        ForEach-Object {
            $info = $_ | Get-ScheduledTaskInfo
            [pscustomobject]@{
                Name = $_.TaskName; State = $_.State
                LastRun = $info.LastRunTime; LastResult = $info.LastTaskResult; NextRun = $info.NextRunTime
                Action = "$($_.Actions[0].Execute) $($_.Actions[0].Arguments)"
            }
        } | Format-List
    return
}

if ($Remove) {
    if ($PSCmdlet.ShouldProcess("$taskPath$taskName", 'Unregister scheduled task')) {
        Unregister-ScheduledTask -TaskPath $taskPath -TaskName $taskName -Confirm:$false
        Write-Host "Removed $taskPath$taskName"
    }
    return
}

$src = (Resolve-Path -LiteralPath $Source).Path
if (-not (Test-Path -LiteralPath $Destination)) {
    if ($PSCmdlet.ShouldProcess($Destination, 'Create destination folder')) { New-Item -ItemType Directory -Path $Destination | Out-Null }
}
New-Item -ItemType Directory -Force -Path $logDir | Out-Null

$mode = if ($Mirror) { '/MIR' } else { '/E' }
$log = Join-Path $logDir "$Name.log"
$robo = Join-Path $env:WINDIR 'System32\robocopy.exe'
$args_ = "`"$src`" `"$Destination`" $mode /Z /FFT /R:2 /W:10 /NP /TEE /LOG+:`"$log`""

$action = New-ScheduledTaskAction -Execute $robo -Argument $args_
$time = [datetime]::ParseExact($At, 'HH:mm', $null)
$trigger = if ($Every -eq 'Weekly') { New-ScheduledTaskTrigger -Weekly -DaysOfWeek Sunday -At $time } else { New-ScheduledTaskTrigger -Daily -At $time }
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -RunOnlyIfNetworkAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 6)
$principal = New-ScheduledTaskPrincipal -UserId "$env:USERDOMAIN\$env:USERNAME" -LogonType Interactive -RunLevel Limited

Write-Host "Task:        $taskPath$taskName"
Write-Host "Runs:        $Every at $At (as $env:USERNAME, only when logged on)"
Write-Host "Command:     robocopy $args_"
if ($Mirror) { Write-Warning 'Mirror mode deletes files at the destination that no longer exist in the source.' }

if ($PSCmdlet.ShouldProcess("$taskPath$taskName", 'Register scheduled task')) {
    Register-ScheduledTask -TaskPath $taskPath -TaskName $taskName -Action $action -Trigger $trigger `
        -Settings $settings -Principal $principal `
        -Description "OpenClaw backup of $src to $Destination (created $(Get-Date -Format s)). Remove with backup-task.ps1 -Remove -Name '$Name'." | Out-Null
    Write-Host 'Registered. Run now with:' "Start-ScheduledTask -TaskPath '$taskPath' -TaskName '$taskName'"
}
