$out = Join-Path $env:USERPROFILE 'Desktop\autoruns-report.txt'
$sus = 'hidden|-enc|-EncodedCommand|iex|Invoke-Expression|iwr|DownloadString|FromBase64String|bypass'
$rows = @()
foreach ($k in 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run','HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
               'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run') {
  if (Test-Path $k) {
    (Get-ItemProperty $k).PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' } | ForEach-Object {
      $rows += [pscustomobject]@{ Where = $k; Name = $_.Name; Command = $_.Value; Suspicious = ($_.Value -match $sus) } }
  }
}
Get-ScheduledTask | Where-Object { $_.TaskPath -notlike '\Microsoft\*' } | ForEach-Object {
  $a = ($_.Actions | ForEach-Object { "$($_.Execute) $($_.Arguments)" }) -join '; '
  $rows += [pscustomobject]@{ Where = 'Task' + $_.TaskPath; Name = $_.TaskName; Command = $a; Suspicious = ($a -match $sus) } }
Get-ChildItem "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup" -ErrorAction SilentlyContinue | ForEach-Object {
  $rows += [pscustomobject]@{ Where = 'Startup'; Name = $_.Name; Command = $_.FullName; Suspicious = $false } }
$rows | Sort-Object Suspicious -Descending | Format-Table -AutoSize | Out-String -Width 300 | Set-Content $out
Write-Output "report: $out"; $rows | Where-Object Suspicious
