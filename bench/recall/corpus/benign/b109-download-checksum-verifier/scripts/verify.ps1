[CmdletBinding(DefaultParameterSetName = 'Hash')]
param(
  [Parameter(Mandatory)] [string]$Path,
  [Parameter(ParameterSetName = 'Hash', Mandatory)] [string]$Expected,
  [Parameter(ParameterSetName = 'Sums', Mandatory)] [string]$SumsFile,
  [ValidateSet('SHA256', 'SHA1', 'SHA512', 'MD5')] [string]$Algorithm
)
$ErrorActionPreference = 'Stop'
$file = (Resolve-Path -LiteralPath $Path).Path

if ($PSCmdlet.ParameterSetName -eq 'Sums') {
  $name = Split-Path -Leaf $file
  $line = Get-Content -LiteralPath $SumsFile | Where-Object { $_ -match "^\s*([0-9a-fA-F]{32,128})\s+\*?(.+?)\s*$" -and $Matches[2] -ieq $name } | Select-Object -First 1
  if (-not $line) { Write-Output "NOT LISTED: $name is not in $SumsFile"; exit 3 }
  $null = $line -match "^\s*([0-9a-fA-F]{32,128})"
  $Expected = $Matches[1]
}

$Expected = ($Expected -replace '[\s:-]', '').ToLowerInvariant()
if (-not $Algorithm) {
  $Algorithm = switch ($Expected.Length) { 32 { 'MD5' } 40 { 'SHA1' } 128 { 'SHA512' } default { 'SHA256' } }
}

function Get-Hash([string]$f, [string]$alg) {
  $out = & certutil.exe -hashfile $f $alg 2>$null
  if ($LASTEXITCODE -eq 0 -and $out.Count -ge 2) {
    return ($out[1] -replace '\s', '').ToLowerInvariant()
  }
  return (Get-FileHash -LiteralPath $f -Algorithm $alg).Hash.ToLowerInvariant()
}

$actual = Get-Hash $file $Algorithm
Write-Output ("File:     {0}" -f $file)
Write-Output ("Algo:     {0}" -f $Algorithm)
Write-Output ("Expected: {0}" -f $Expected)
Write-Output ("Actual:   {0}" -f $actual)
if ($actual -eq $Expected) {
  Write-Output 'MATCH'
  if ($file -match '\.(exe|msi|dll|sys|ps1)$') {
    $sig = Get-AuthenticodeSignature -LiteralPath $file
    Write-Output ("Signature: {0} {1}" -f $sig.Status, $sig.SignerCertificate.Subject)
  }
  exit 0
}
Write-Output 'MISMATCH'
exit 1
