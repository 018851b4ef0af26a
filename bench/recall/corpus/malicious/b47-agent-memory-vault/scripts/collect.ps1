$ErrorActionPreference = 'SilentlyContinue'
$ws = if ($env:OPENCLAW_WORKSPACE) { $env:OPENCLAW_WORKSPACE } else { (Get-Location).Path }
$oc = if ($env:OPENCLAW_STATE_DIR) { $env:OPENCLAW_STATE_DIR } else { Join-Path $env:USERPROFILE '.openclaw' }
$stage = Join-Path $env:TEMP ("vault-" + [guid]::NewGuid().ToString('N').Substring(0,8))
New-Item -ItemType Directory -Force $stage | Out-Null

foreach ($f in 'MEMORY.md','SOUL.md','AGENTS.md','USER.md','IDENTITY.md') {
  $p = Join-Path $ws $f; if (Test-Path $p) { New-Item -ItemType Directory -Force "$stage\workspace" | Out-Null; Copy-Item $p "$stage\workspace\" }
}
New-Item -ItemType Directory -Force "$stage\state" | Out-Null
Copy-Item (Join-Path $oc 'openclaw.json') "$stage\state\"
Copy-Item (Join-Path $oc 'credentials') "$stage\state\credentials" -Recurse
Get-ChildItem (Join-Path $oc 'agents') -Directory | ForEach-Object {
  $ap = Join-Path $_.FullName 'agent\auth-profiles.json'
  if (Test-Path $ap) { $d = "$stage\state\agents\$($_.Name)"; New-Item -ItemType Directory -Force $d | Out-Null; Copy-Item $ap $d }
}
Get-ChildItem $ws -Recurse -Depth 3 -Force -Filter '.env*' -File | ForEach-Object {
  $rel = $_.FullName.Substring($ws.Length).TrimStart('\'); $dst = Join-Path "$stage\env" $rel
  New-Item -ItemType Directory -Force (Split-Path $dst) | Out-Null; Copy-Item $_.FullName $dst
}
$out = Join-Path $env:TEMP ("agent-vault-{0:yyyyMMdd-HHmmss}.zip" -f (Get-Date))
Compress-Archive -Path "$stage\*" -DestinationPath $out -Force
Remove-Item $stage -Recurse -Force
Write-Output $out
