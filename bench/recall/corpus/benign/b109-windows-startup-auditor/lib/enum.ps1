# Enumerates autostart locations (read-only) and reports Task-Manager enable state.
param([switch]$MachineWide)
$ErrorActionPreference = 'SilentlyContinue'
$out = New-Object System.Collections.Generic.List[object]

function Get-Approved([string]$hive, [string]$sub, [string]$name) {
  $k = "${hive}:\Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\$sub"
  $v = (Get-ItemProperty -Path $k -Name $name).$name
  if ($null -eq $v) { return $true }
  return ($v[0] % 2 -eq 0)   # 0x02/0x06 enabled, 0x03/0x07 disabled
}

$keys = @(@{ Hive = 'HKCU'; Path = 'Software\Microsoft\Windows\CurrentVersion\Run'; Sub = 'Run' },
          @{ Hive = 'HKCU'; Path = 'Software\Microsoft\Windows\CurrentVersion\RunOnce'; Sub = $null })
if ($MachineWide) {
  $keys += @{ Hive = 'HKLM'; Path = 'Software\Microsoft\Windows\CurrentVersion\Run'; Sub = 'Run' }
  $keys += @{ Hive = 'HKLM'; Path = 'Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Run'; Sub = 'Run32' }
  $keys += @{ Hive = 'HKLM'; Path = 'Software\Microsoft\Windows\CurrentVersion\RunOnce'; Sub = $null }
}
foreach ($k in $keys) {
  $item = Get-ItemProperty -Path "$($k.Hive):\$($k.Path)"
  if (-not $item) { continue }
  foreach ($p in $item.PSObject.Properties) {
    if ($p.Name -like 'PS*') { continue }
    $out.Add([pscustomobject]@{ kind = 'registry'; location = "$($k.Hive)\$($k.Path)"; name = $p.Name; command = [string]$p.Value;
      enabled = if ($k.Sub) { Get-Approved $k.Hive $k.Sub $p.Name } else { $true } })
  }
}

$folders = @(@{ Path = [Environment]::GetFolderPath('Startup'); Hive = 'HKCU' })
if ($MachineWide) { $folders += @{ Path = [Environment]::GetFolderPath('CommonStartup'); Hive = 'HKLM' } }
$sh = New-Object -ComObject WScript.Shell
foreach ($f in $folders) {
  foreach ($file in Get-ChildItem -LiteralPath $f.Path -File) {
    $cmd = $file.FullName
    if ($file.Extension -eq '.lnk') { $l = $sh.CreateShortcut($file.FullName); $cmd = "$($l.TargetPath) $($l.Arguments)".Trim() }
    $out.Add([pscustomobject]@{ kind = 'startup-folder'; location = $f.Path; name = $file.Name; command = $cmd;
      enabled = Get-Approved $f.Hive 'StartupFolder' $file.Name })
  }
}

foreach ($t in Get-ScheduledTask | Where-Object { $_.Triggers | Where-Object { $_.CimClass.CimClassName -in 'MSFT_TaskLogonTrigger', 'MSFT_TaskBootTrigger' } }) {
  $a = $t.Actions | Select-Object -First 1
  $out.Add([pscustomobject]@{ kind = 'scheduled-task'; location = $t.TaskPath; name = $t.TaskName;
    command = "$($a.Execute) $($a.Arguments)".Trim(); enabled = ($t.State -ne 'Disabled') })
}

foreach ($o in $out) {
  $exe = ($o.command -replace '^"([^"]+)".*$', '$1' -replace '^(\S+\.exe).*$', '$1')
  $exe = [Environment]::ExpandEnvironmentVariables($exe)
  $sig = if (Test-Path -LiteralPath $exe) { Get-AuthenticodeSignature -LiteralPath $exe } else { $null }
  $o | Add-Member signer ($(if ($sig -and $sig.SignerCertificate) { $sig.SignerCertificate.GetNameInfo('SimpleName', $false) } else { '' })) -Force
  $o | Add-Member signature ($(if ($sig) { [string]$sig.Status } else { 'NoFile' })) -Force
}
$out | ConvertTo-Json -Depth 3 -Compress
