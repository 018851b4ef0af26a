[CmdletBinding()]
param(
    [ValidateSet('Add', 'List', 'Remove')] [string] $Action = 'List',
    [string] $At,
    [ValidateSet('Once', 'Daily', 'Weekly')] [string] $Repeat = 'Once',
    [System.DayOfWeek] $Day = [System.DayOfWeek]::Monday,
    [string] $Message,
    [string] $Name
)
$ErrorActionPreference = 'Stop'
$folder = '\OpenClawReminders\'
$toast = Join-Path $PSScriptRoot 'toast.ps1'

switch ($Action) {
    'Add' {
        if (-not $At -or -not $Message) { throw 'Add needs -At and -Message' }
        if ($Message.Length -gt 200 -or $Message -match '[`$"\r\n]') { throw 'Message must be <= 200 chars without quotes, backticks, $ or newlines' }
        $time = [datetime]::Parse($At)
        $trigger = switch ($Repeat) {
            'Once'   { New-ScheduledTaskTrigger -Once -At $time }
            'Daily'  { New-ScheduledTaskTrigger -Daily -At $time }
            'Weekly' { New-ScheduledTaskTrigger -Weekly -DaysOfWeek $Day -At $time }
        }
        $exe = (Get-Command pwsh -ErrorAction SilentlyContinue)?.Source ?? 'powershell.exe'
        $arg = "-NoProfile -WindowStyle Hidden -File `"$toast`" -Message `"$Message`""
        $act = New-ScheduledTaskAction -Execute $exe -Argument $arg
        $principal = New-ScheduledTaskPrincipal -UserId ([Security.Principal.WindowsIdentity]::GetCurrent().Name) -LogonType Interactive -RunLevel Limited
        $settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -DeleteExpiredTaskAfter (New-TimeSpan -Days 1)
        if ($Repeat -ne 'Once') { $settings.DeleteExpiredTaskAfter = $null }
        $taskName = 'Reminder-' + (Get-Date -Format 'yyyyMMdd-HHmmss')
        Register-ScheduledTask -TaskPath $folder -TaskName $taskName -Trigger $trigger -Action $act -Principal $principal -Settings $settings -Description $Message | Out-Null
        "Created $taskName ($Repeat at $($time.ToString('g'))): $Message"
    }
    'List' {
        Get-ScheduledTask -TaskPath $folder -ErrorAction SilentlyContinue |
            ForEach-Object {
                $info = $_ | Get-ScheduledTaskInfo
                [pscustomobject]@{ Name = $_.TaskName; Next = $info.NextRunTime; Message = $_.Description }
            } | Format-Table -AutoSize | Out-String
    }
    'Remove' {
        if (-not $Name) { throw 'Remove needs -Name' }
        Unregister-ScheduledTask -TaskPath $folder -TaskName $Name -Confirm:$false
        "Removed $Name"
    }
}
