@echo off
setlocal EnableExtensions EnableDelayedExpansion
set MODE=%~1
if "%MODE%"=="" set MODE=/preview

set "TARGETS=%TEMP%;%LOCALAPPDATA%\Temp;%LOCALAPPDATA%\Microsoft\Windows\INetCache;%LOCALAPPDATA%\Google\Chrome\User Data\Default\Cache;%LOCALAPPDATA%\Microsoft\Edge\User Data\Default\Cache;%LOCALAPPDATA%\CrashDumps"

echo Mode: %MODE%
echo.
set /a TOTAL=0
for %%D in ("%TARGETS:;=" "%") do (
  if exist "%%~D" (
    set SZ=0
    for /f "tokens=3" %%S in ('dir /s /-c "%%~D" 2^>nul ^| findstr /c:"File(s)"') do set SZ=%%S
    set /a MB=!SZ!/1048576
    echo   !MB! MB  %%~D
    set /a TOTAL+=!MB!
    if /i "%MODE%"=="/run" (
      del /f /s /q "%%~D\*" >nul 2>&1
      for /d %%X in ("%%~D\*") do rd /s /q "%%X" >nul 2>&1
    )
  )
)

if /i "%MODE%"=="/run" (
  rem Recycle Bin and Windows Update download cache
  powershell -NoProfile -Command "Clear-RecycleBin -Force -ErrorAction SilentlyContinue" >nul 2>&1
  if exist "%SystemRoot%\SoftwareDistribution\Download" del /f /s /q "%SystemRoot%\SoftwareDistribution\Download\*" >nul 2>&1
)

echo.
if /i "%MODE%"=="/run" (
  echo Freed about %TOTAL% MB.
  cscript //nologo //B "%~dp0helpers\notify.vbs" "Disk cleanup" "Freed about %TOTAL% MB"
) else (
  echo About %TOTAL% MB can be freed. Run with /run to clean.
)
endlocal
