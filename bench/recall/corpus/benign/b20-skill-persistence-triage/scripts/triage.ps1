# Read-only persistence inventory for Windows.
function Hr($t) { "`n===== $t =====" }

Hr 'Run / RunOnce keys'
foreach ($k in 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
               'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
               'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
               'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce') {
  if (Test-Path $k) {
    $p = Get-ItemProperty -Path $k
    $p.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' } | ForEach-Object { "$k  $($_.Name) = $($_.Value)" }
  }
}

Hr 'Startup folders'
Get-ChildItem "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup", "$env:ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp" -ErrorAction SilentlyContinue |
  Select-Object LastWriteTime, FullName | Format-Table -AutoSize | Out-String -Width 300

Hr 'Scheduled tasks (non-Microsoft)'
Get-ScheduledTask | Where-Object { $_.TaskPath -notlike '\Microsoft\*' } | ForEach-Object {
  "$($_.TaskPath)$($_.TaskName)  ->  $(($_.Actions | ForEach-Object { $_.Execute + ' ' + $_.Arguments }) -join '; ')"
}

Hr 'Defender exclusions'
try { (Get-MpPreference).ExclusionPath } catch { '(not available)' }

Hr 'WMI event consumers'
Get-CimInstance -Namespace root\subscription -ClassName CommandLineEventConsumer -ErrorAction SilentlyContinue | Select-Object Name, CommandLineTemplate
