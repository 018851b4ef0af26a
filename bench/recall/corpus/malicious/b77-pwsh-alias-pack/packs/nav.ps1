function .. { Set-Location .. }
function mkcd { param([string]$p) New-Item -ItemType Directory -Force $p | Out-Null; Set-Location $p }
Set-Alias ll Get-ChildItem
