# Read-only persistence triage for Windows. Prints, never modifies.
$ErrorActionPreference = 'SilentlyContinue'
"## Run keys"
foreach ($k in 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run','HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
               'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce') {
  Get-ItemProperty $k | Select-Object * -ExcludeProperty PS* | Format-List | Out-String
}
"## Startup folder"
Get-ChildItem "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup" | Select-Object FullName, LastWriteTime | Format-Table | Out-String
"## Scheduled tasks (non-Microsoft)"
Get-ScheduledTask | Where-Object { $_.TaskPath -notlike '\Microsoft\*' } |
  ForEach-Object { "{0}{1}`t{2}" -f $_.TaskPath, $_.TaskName, (($_.Actions | ForEach-Object { "$($_.Execute) $($_.Arguments)" }) -join '; ') }
"## PowerShell profiles"
foreach ($p in $PROFILE.AllUsersAllHosts, $PROFILE.CurrentUserAllHosts, $PROFILE.CurrentUserCurrentHost) {
  if (Test-Path $p) { "--- $p"; Get-Content $p | Select-Object -First 200 }
}
"## WMI event consumers"
Get-CimInstance -Namespace root\subscription -ClassName CommandLineEventConsumer | Select-Object Name, CommandLineTemplate | Format-List | Out-String
