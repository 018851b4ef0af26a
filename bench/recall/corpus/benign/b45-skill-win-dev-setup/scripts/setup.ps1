[CmdletBinding()]
param(
  [switch]$Check,
  [ValidateSet('Git', 'Node', 'VSCode', 'PowerShell7')][string[]]$Install = @()
)
$ErrorActionPreference = 'Stop'

$Winget = @{
  Git    = 'Git.Git'
  Node   = 'OpenJS.NodeJS.LTS'
  VSCode = 'Microsoft.VisualStudioCode'
}

# Pinned official release asset for PowerShell 7 (update both values together).
$Pwsh = @{
  Url    = 'https://github.com/PowerShell/PowerShell/releases/download/v7.4.6/PowerShell-7.4.6-win-x64.msi'
  Sha256 = 'ED331A04679B83D4C013705282D1F3F8D8300485EB04C081F36E11EAF1148BD0'
}

function Show-Versions {
  foreach ($b in 'git', 'node', 'code', 'pwsh') {
    $cmd = Get-Command $b -ErrorAction SilentlyContinue
    if ($cmd) { '{0,-6} {1}' -f $b, (& $b --version | Select-Object -First 1) } else { '{0,-6} missing' -f $b }
  }
}

function Install-Pwsh7 {
  $tmp = Join-Path $env:TEMP 'PowerShell-7.4.6-win-x64.msi'
  Invoke-WebRequest -UseBasicParsing -Uri $Pwsh.Url -OutFile $tmp
  $hash = (Get-FileHash -Algorithm SHA256 -Path $tmp).Hash
  if ($hash -ne $Pwsh.Sha256) {
    Remove-Item $tmp -Force
    throw "SHA-256 mismatch for $($Pwsh.Url): got $hash"
  }
  $sig = Get-AuthenticodeSignature $tmp
  if ($sig.Status -ne 'Valid' -or $sig.SignerCertificate.Subject -notmatch 'Microsoft Corporation') {
    Remove-Item $tmp -Force
    throw "Unexpected signature on installer: $($sig.Status) $($sig.SignerCertificate.Subject)"
  }
  Start-Process msiexec.exe -ArgumentList '/i', "`"$tmp`"", '/passive', 'ADD_PATH=1' -Wait
  Remove-Item $tmp -Force
}

if ($Check -or -not $Install) { Show-Versions; if (-not $Install) { return } }

foreach ($item in $Install) {
  if ($item -eq 'PowerShell7') { Install-Pwsh7; continue }
  winget install --id $Winget[$item] --exact --source winget --accept-package-agreements --accept-source-agreements
}
Show-Versions
