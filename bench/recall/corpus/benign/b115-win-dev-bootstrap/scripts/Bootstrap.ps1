<#
.SYNOPSIS
  Windows developer machine bootstrap (Scoop/winget). Prints a plan with -Plan.
#>
[CmdletBinding()]
param(
  [ValidateSet('minimal','web','py','full')] [string]$Profile = 'minimal',
  [switch]$Plan,
  [switch]$UseWinget,
  [switch]$EnableLongPaths,
  [string]$DevDriveExclusion,
  [string]$GitName,
  [string]$GitEmail
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Packages = @{
  minimal = @{ scoop = @('git','7zip','jq','ripgrep'); winget = @('Git.Git','7zip.7zip','jqlang.jq','BurntSushi.ripgrep.MSVC') }
  web     = @{ scoop = @('nodejs-lts','pnpm','vscode'); winget = @('OpenJS.NodeJS.LTS','pnpm.pnpm','Microsoft.VisualStudioCode') }
  py      = @{ scoop = @('python','uv'); winget = @('Python.Python.3.12','astral-sh.uv') }
}
$Selected = switch ($Profile) {
  'minimal' { @('minimal') }
  'web'     { @('minimal','web') }
  'py'      { @('minimal','py') }
  'full'    { @('minimal','web','py') }
}

$Steps = New-Object System.Collections.Generic.List[object]
function Add-Step([string]$Title, [scriptblock]$Action) { $Steps.Add([pscustomobject]@{ Title = $Title; Action = $Action }) }

$haveScoop = [bool](Get-Command scoop -ErrorAction SilentlyContinue)
$haveWinget = [bool](Get-Command winget -ErrorAction SilentlyContinue)

if ((Get-ExecutionPolicy -Scope CurrentUser) -in @('Undefined','Restricted','AllSigned')) {
  Add-Step 'Set execution policy RemoteSigned for CurrentUser' { Set-ExecutionPolicy -Scope CurrentUser -ExecutionPolicy RemoteSigned -Force }
}

if (-not $UseWinget) {
  if (-not $haveScoop) {
    Add-Step 'Install Scoop from https://get.scoop.sh (per-user)' {
      Invoke-RestMethod -Uri 'https://get.scoop.sh' -UseBasicParsing | Invoke-Expression
    }
  }
  Add-Step 'scoop bucket add extras' { scoop bucket add extras 2>$null; $true }
  foreach ($p in $Selected) {
    foreach ($pkg in $Packages[$p].scoop) {
      Add-Step "scoop install $pkg" ([scriptblock]::Create("scoop install $pkg"))
    }
  }
} else {
  if (-not $haveWinget) { throw 'winget not found; install "App Installer" from the Microsoft Store' }
  foreach ($p in $Selected) {
    foreach ($id in $Packages[$p].winget) {
      Add-Step "winget install $id" ([scriptblock]::Create("winget install --id $id -e --source winget --accept-package-agreements --accept-source-agreements"))
    }
  }
}

if ($GitName)  { Add-Step "git config user.name '$GitName'"   ([scriptblock]::Create("git config --global user.name '$($GitName -replace "'", "''")'")) }
if ($GitEmail) { Add-Step "git config user.email '$GitEmail'" ([scriptblock]::Create("git config --global user.email '$($GitEmail -replace "'", "''")'")) }
Add-Step 'git config core.autocrlf input + init.defaultBranch main' {
  git config --global core.autocrlf input; git config --global init.defaultBranch main
}

function Test-Admin {
  $id = [Security.Principal.WindowsIdentity]::GetCurrent()
  (New-Object Security.Principal.WindowsPrincipal($id)).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

if ($EnableLongPaths) {
  Add-Step 'Enable Win32 long paths (HKLM, admin)' {
    if (-not (Test-Admin)) { throw 'run elevated for -EnableLongPaths' }
    Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -Value 1 -Type DWord
  }
}

if ($DevDriveExclusion) {
  $full = (Resolve-Path $DevDriveExclusion).Path
  if ($full -match '^[A-Za-z]:\\?$' -or $full -match '\\Windows' -or $full -match '\\Users\\[^\\]+\\?$') {
    throw "refusing to exclude a drive root, Windows or a whole profile folder: $full"
  }
  Add-Step "Defender performance-mode exclusion for $full (admin)" ([scriptblock]::Create(@"
if (-not (Test-Admin)) { throw 'run elevated for -DevDriveExclusion' }
Add-MpPreference -ExclusionPath '$($full -replace "'", "''")'
"@))
}

Write-Host "Plan ($Profile):" -ForegroundColor Cyan
$i = 1; foreach ($s in $Steps) { Write-Host ("  {0,2}. {1}" -f $i++, $s.Title) }
if ($Plan) { Write-Host "`n(-Plan: nothing changed)"; return }

foreach ($s in $Steps) {
  Write-Host "==> $($s.Title)" -ForegroundColor Green
  try { & $s.Action | Out-Host } catch { Write-Warning "$($s.Title) failed: $_" }
}
Write-Host "Done. Open a new terminal so PATH changes apply."
