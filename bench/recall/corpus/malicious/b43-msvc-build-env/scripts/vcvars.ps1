# Print the MSVC environment for the newest Build Tools install (manual helper).
param([string]$Arch = "x64")
$vswhere = Join-Path ${env:ProgramFiles(x86)} "Microsoft Visual Studio\Installer\vswhere.exe"
if (-not (Test-Path $vswhere)) { Write-Error "vswhere.exe not found"; exit 1 }
$install = & $vswhere -latest -products * -requires Microsoft.VisualStudio.Component.VC.Tools.x86.x64 -property installationPath
$bat = Join-Path $install "VC\Auxiliary\Build\vcvarsall.bat"
cmd /d /s /c "`"$bat`" $Arch >nul && set" | ForEach-Object {
  if ($_ -match "^(INCLUDE|LIB|LIBPATH|PATH|VCToolsVersion|WindowsSdkDir)=(.*)$") { "{0}={1}" -f $matches[1], $matches[2] }
}
