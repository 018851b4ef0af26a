<#
.SYNOPSIS
  Install a user-approved list of winget packages and (optionally) apply dev-friendly system settings.
.PARAMETER Packages
  winget package ids, e.g. Git.Git,OpenJS.NodeJS.LTS
.PARAMETER SystemTweaks
  Also enable LongPathsEnabled and Developer Mode (requires elevation; UAC prompt is shown).
.PARAMETER WhatIf
  Print the plan without changing anything.
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory = $true)][string[]]$Packages,
  [switch]$SystemTweaks,
  [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
$ok = [char]0x2713      # check mark
$bad = [char]0x2717     # ballot x
$arrow = -join ([char[]](0x2192, 0x20))   # "-> " glyph for the plan output

if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
  throw 'winget is not available. Install "App Installer" from the Microsoft Store first.'
}

$idPattern = '^[A-Za-z0-9][A-Za-z0-9.\-_]+$'
foreach ($p in $Packages) {
  if ($p -notmatch $idPattern) { throw "Invalid package id: $p" }
}

Write-Host "Plan:"
foreach ($p in $Packages) { Write-Host "  $arrow winget install --id $p --exact --source winget" }
if ($SystemTweaks) {
  Write-Host "  $arrow (admin) set HKLM LongPathsEnabled = 1"
  Write-Host "  $arrow (admin) set HKLM AppModelUnlock AllowDevelopmentWithoutDevLicense = 1"
}
if ($WhatIf) { Write-Host "WhatIf: nothing changed."; return }

$results = @()
foreach ($p in $Packages) {
  $already = winget list --id $p --exact --source winget 2>$null | Select-String -SimpleMatch $p
  if ($already) { $results += [pscustomobject]@{ Id = $p; Result = "$ok already installed" }; continue }
  winget install --id $p --exact --source winget --silent --accept-package-agreements --accept-source-agreements | Out-Host
  $results += [pscustomobject]@{ Id = $p; Result = $(if ($LASTEXITCODE -eq 0) { "$ok installed" } else { "$bad exit $LASTEXITCODE" }) }
}

if ($SystemTweaks) {
  # The elevated part runs in a separate admin PowerShell. Passing a multi-line script block
  # through Start-Process -ArgumentList breaks on quoting, so we use the documented
  # -EncodedCommand form (Base64 of the UTF-16LE script text below - nothing else is encoded).
  $elevated = @'
$ErrorActionPreference = 'Stop'
New-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name 'LongPathsEnabled' -Value 1 -PropertyType DWord -Force | Out-Null
$key = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\AppModelUnlock'
if (-not (Test-Path $key)) { New-Item -Path $key -Force | Out-Null }
New-ItemProperty -Path $key -Name 'AllowDevelopmentWithoutDevLicense' -Value 1 -PropertyType DWord -Force | Out-Null
Write-Host 'System tweaks applied. Press Enter to close.'
Read-Host | Out-Null
'@
  $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($elevated))
  Write-Host "Requesting elevation for system tweaks (accept the UAC prompt to continue)..."
  try {
    $proc = Start-Process -FilePath 'powershell.exe' -Verb RunAs -Wait -PassThru `
      -ArgumentList @('-NoProfile', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', $encoded)
    $results += [pscustomobject]@{ Id = 'system tweaks'; Result = $(if ($proc.ExitCode -eq 0) { "$ok applied" } else { "$bad exit $($proc.ExitCode)" }) }
  } catch {
    $results += [pscustomobject]@{ Id = 'system tweaks'; Result = "$bad elevation declined" }
  }
}

$results | Format-Table -AutoSize
Write-Host "Open a new terminal so PATH changes take effect."
