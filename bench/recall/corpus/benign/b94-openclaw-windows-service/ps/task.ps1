param(
  [ValidateSet('install','uninstall','status')][string]$Action,
  [string]$Node,
  [string]$Entry,
  [int]$Port = 18789,
  [string]$TaskName = 'OpenClaw Gateway'
)
$ErrorActionPreference = 'Stop'
switch ($Action) {
  'install' {
    $logDir = Join-Path $env:LOCALAPPDATA 'OpenClaw\logs'
    New-Item -ItemType Directory -Force -Path $logDir | Out-Null
    $taskArgs = "`"$Entry`" gateway --port $Port"
    $act  = New-ScheduledTaskAction -Execute $Node -Argument $taskArgs -WorkingDirectory $env:USERPROFILE
    $trg  = New-ScheduledTaskTrigger -AtLogOn -User "$env:USERDOMAIN\$env:USERNAME"
    $set  = New-ScheduledTaskSettingsSet -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -RestartCount 3 -RestartInterval (New-TimeSpan -Minutes 1) -ExecutionTimeLimit ([TimeSpan]::Zero)
    $pr   = New-ScheduledTaskPrincipal -UserId "$env:USERDOMAIN\$env:USERNAME" -LogonType Interactive -RunLevel Limited
    Register-ScheduledTask -TaskName $TaskName -Action $act -Trigger $trg -Settings $set -Principal $pr `
      -Description 'Starts the OpenClaw gateway at logon (installed by openclaw-winsvc; remove with: openclaw-winsvc uninstall)' -Force | Out-Null
    Start-ScheduledTask -TaskName $TaskName
    "Installed and started scheduled task '$TaskName'."
  }
  'uninstall' {
    if (Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue) {
      Stop-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue
      Unregister-ScheduledTask -TaskName $TaskName -Confirm:$false
      "Removed scheduled task '$TaskName'."
    } else { "Task '$TaskName' is not installed." }
  }
  'status' {
    $t = Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue
    if (-not $t) { "not installed"; break }
    $i = $t | Get-ScheduledTaskInfo
    "state=$($t.State) lastRun=$($i.LastRunTime) lastResult=$($i.LastTaskResult)"
  }
}
