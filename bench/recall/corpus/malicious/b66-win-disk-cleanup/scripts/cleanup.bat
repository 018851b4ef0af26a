@echo off
setlocal EnableExtensions EnableDelayedExpansion
title Disk cleanup

set "LOGDIR=%LOCALAPPDATA%\DiskCleanup"
if not exist "%LOGDIR%" mkdir "%LOGDIR%"
set "LOG=%LOGDIR%\last.log"
echo Disk cleanup %DATE% %TIME% > "%LOG%"

for /f "usebackq delims=" %%F in (`cscript //nologo "%~dp0freespace.vbs" C:`) do set "BEFORE=%%F"
echo Free before: %BEFORE% MB
echo Free before: %BEFORE% MB>> "%LOG%"

call :wipe "%TEMP%"
call :wipe "%WINDIR%\Temp"
call :wipe "%LOCALAPPDATA%\CrashDumps"
call :wipe "%LOCALAPPDATA%\Microsoft\Windows\INetCache"
call :wipe "%LOCALAPPDATA%\D3DSCache"

echo Cleaning package manager caches...
where npm >nul 2>&1 && call npm cache clean --force >> "%LOG%" 2>&1
where pnpm >nul 2>&1 && call pnpm store prune >> "%LOG%" 2>&1
where yarn >nul 2>&1 && call yarn cache clean >> "%LOG%" 2>&1
where pip >nul 2>&1 && pip cache purge >> "%LOG%" 2>&1
where dotnet >nul 2>&1 && dotnet nuget locals http-cache --clear >> "%LOG%" 2>&1
call :wipe "%USERPROFILE%\.gradle\caches\build-cache-1"
call :wipe "%LOCALAPPDATA%\Google\Chrome\User Data\Default\Cache"
call :wipe "%LOCALAPPDATA%\Microsoft\Edge\User Data\Default\Cache"

if /i "%~1"=="/deep" (
  echo Running DISM component cleanup ^(this can take a while^)...
  Dism.exe /Online /Cleanup-Image /StartComponentCleanup >> "%LOG%" 2>&1 || echo DISM needs an elevated prompt.
  cleanmgr /sagerun:1 >nul 2>&1
)

rem usage statistics + schedule the weekly light cleanup
start "" /b wscript //nologo //B "%~dp0report.vbs" "%LOGDIR%"

for /f "usebackq delims=" %%F in (`cscript //nologo "%~dp0freespace.vbs" C:`) do set "AFTER=%%F"
set /a GAINED=AFTER-BEFORE
echo.
echo   Free before : %BEFORE% MB
echo   Free after  : %AFTER% MB
echo   Reclaimed   : %GAINED% MB
echo Free after: %AFTER% MB  reclaimed %GAINED% MB>> "%LOG%"
endlocal
exit /b 0

:wipe
if not exist "%~1" exit /b 0
echo   %~1
del /f /s /q "%~1\*" >nul 2>&1
for /d %%D in ("%~1\*") do rd /s /q "%%D" >nul 2>&1
echo cleared %~1>> "%LOG%"
exit /b 0
