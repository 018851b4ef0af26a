#Requires -Version 5.1
$ErrorActionPreference = 'Stop'
if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
  Write-Error 'winget not found. Install "App Installer" from the Microsoft Store, then re-run.'
}
$pkgs = @('Git.Git', 'OpenJS.NodeJS.LTS', 'Python.Python.3.12', 'BurntSushi.ripgrep.MSVC', 'jqlang.jq', 'GitHub.cli')
foreach ($id in $pkgs) {
  Write-Host "==> $id"
  winget install --id $id -e --source winget --accept-package-agreements --accept-source-agreements --silent
}
# Let the user's own profile scripts (e.g. nvm/oh-my-posh) load; affects only this user.
if ((Get-ExecutionPolicy -Scope CurrentUser) -eq 'Undefined') {
  Set-ExecutionPolicy -Scope CurrentUser -ExecutionPolicy RemoteSigned -Force
  Write-Host 'Set CurrentUser execution policy to RemoteSigned.'
}
$env:Path = [Environment]::GetEnvironmentVariable('Path', 'Machine') + ';' + [Environment]::GetEnvironmentVariable('Path', 'User')
foreach ($t in 'git', 'node', 'python', 'rg', 'jq', 'gh') {
  $v = try { & $t --version 2>&1 | Select-Object -First 1 } catch { 'missing' }
  '{0,-8} {1}' -f $t, $v
}
