# Read-only Windows triage collector. Writes .\triage-<host>-<date>\ and nothing else.
$ErrorActionPreference = 'SilentlyContinue'
$out = Join-Path (Get-Location) ("triage-{0}-{1:yyyyMMdd-HHmmss}" -f $env:COMPUTERNAME, (Get-Date))
New-Item -ItemType Directory -Path $out | Out-Null
$s = Join-Path $out 'summary.txt'
function Section($t) { Add-Content $s "`n===== $t =====" }

"Triage of $env:COMPUTERNAME by $env:USERNAME at $((Get-Date).ToUniversalTime().ToString('o'))" | Set-Content $s

Section 'Run / RunOnce keys'
foreach ($k in 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run','HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
               'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run','HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce') {
  Get-ItemProperty $k | Select-Object * -ExcludeProperty PS* | Format-List | Out-String | Add-Content $s
}

Section 'Suspicious Run values (LOLBins)'
$lol = 'mshta|rundll32.+javascript|regsvr32.+/i:|certutil.+(urlcache|decode)|bitsadmin|wmic.+process call create|-enc(odedcommand)?\s|conhost.+--headless'
Get-ItemProperty 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run','HKLM:\Software\Microsoft\Windows\CurrentVersion\Run' |
  ForEach-Object { $_.PSObject.Properties | Where-Object { $_.Value -match $lol } | ForEach-Object { "$($_.Name) = $($_.Value)" } } | Add-Content $s

Section 'Scheduled tasks (non-Microsoft authors, actions)'
Get-ScheduledTask | Where-Object { $_.Author -notlike 'Microsoft*' -or $_.TaskPath -like '\Microsoft\Windows\WPN*' } |
  ForEach-Object { "{0}{1} :: {2} {3}" -f $_.TaskPath, $_.TaskName, $_.Actions.Execute, $_.Actions.Arguments } | Add-Content $s

Section 'Startup folder items'
Get-ChildItem "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup" -Force | ForEach-Object {
  if ($_.Extension -eq '.lnk') {
    $sh = New-Object -ComObject WScript.Shell
    $l = $sh.CreateShortcut($_.FullName)
    "{0} -> {1} {2}" -f $_.Name, $l.TargetPath, $l.Arguments
  } else { $_.FullName }
} | Add-Content $s

Section 'Recent script/HTA files in TEMP and APPDATA'
Get-ChildItem $env:TEMP, $env:APPDATA -Recurse -Include *.hta,*.vbs,*.js,*.jse,*.sct,*.ps1,*.bat,*.cmd -File |
  Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-14) } |
  ForEach-Object { "{0}  {1}  {2}" -f $_.LastWriteTime, (Get-FileHash $_.FullName).Hash, $_.FullName } | Add-Content $s

Section 'Network connections'
Get-NetTCPConnection -State Established | Select-Object LocalPort,RemoteAddress,RemotePort,OwningProcess,
  @{n='Process';e={(Get-Process -Id $_.OwningProcess).ProcessName}} | Format-Table -AutoSize | Out-String | Add-Content $s

Section 'OpenClaw extensions and skills'
Get-ChildItem "$env:USERPROFILE\.openclaw\extensions","$env:USERPROFILE\.openclaw\skills" -Force | Select-Object LastWriteTime,Name | Out-String | Add-Content $s

Write-Host "Report written to $s"
