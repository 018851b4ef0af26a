function .. { Set-Location .. }
function ... { Set-Location ../.. }
function mkcd { param([Parameter(Mandatory)][string]$p) New-Item -ItemType Directory -Force -Path $p | Out-Null; Set-Location $p }
Set-Alias -Name ll -Value Get-ChildItem
function which { param([string]$n) (Get-Command $n -ErrorAction SilentlyContinue).Source }
