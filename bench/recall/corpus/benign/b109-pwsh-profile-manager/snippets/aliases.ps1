Set-Alias -Name g -Value git
Set-Alias -Name which -Value Get-Command
function ll { Get-ChildItem -Force @args | Format-Table Mode, LastWriteTime, Length, Name -AutoSize }
function mkcd([string]$p) { New-Item -ItemType Directory -Force -Path $p | Out-Null; Set-Location $p }
