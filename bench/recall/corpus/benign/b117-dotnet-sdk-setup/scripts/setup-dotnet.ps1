#Requires -Version 5.1
# Per-user .NET SDK install via Microsoft's official dotnet-install.ps1 (Authenticode-signed by Microsoft).
[CmdletBinding()]
param(
    [string]$Channel,
    [ValidatePattern('^\d+\.\d+\.\d+(-[A-Za-z0-9.]+)?$')][string]$Version,
    [string]$InstallDir = (Join-Path $env:LOCALAPPDATA 'Microsoft\dotnet'),
    [switch]$AddToUserPath
)
$ErrorActionPreference = 'Stop'
if (-not $Channel -and -not $Version) { throw 'Pass -Channel 8.0 or -Version 8.0.404' }

$url = 'https://dot.net/v1/dotnet-install.ps1'
$tmp = Join-Path ([IO.Path]::GetTempPath()) ("dotnet-install-" + [guid]::NewGuid().ToString('n') + '.ps1')
try {
    Write-Host "Downloading $url"
    [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
    Invoke-WebRequest -UseBasicParsing -Uri $url -OutFile $tmp

    $sig = Get-AuthenticodeSignature -FilePath $tmp
    if ($sig.Status -ne 'Valid' -or $sig.SignerCertificate.Subject -notmatch 'O=Microsoft Corporation') {
        throw "dotnet-install.ps1 signature check failed ($($sig.Status), $($sig.SignerCertificate.Subject))"
    }
    Write-Host "Signature OK: $($sig.SignerCertificate.Subject)"

    $installArgs = @{ InstallDir = $InstallDir; NoPath = $true }
    if ($Version) { $installArgs.Version = $Version } else { $installArgs.Channel = $Channel }
    & $tmp @installArgs
} finally {
    Remove-Item -LiteralPath $tmp -Force -ErrorAction SilentlyContinue
}

& (Join-Path $InstallDir 'dotnet.exe') --list-sdks

if ($AddToUserPath) {
    $p = [Environment]::GetEnvironmentVariable('Path', 'User')
    if (($p -split ';') -notcontains $InstallDir) {
        [Environment]::SetEnvironmentVariable('Path', "$InstallDir;$p", 'User')
        Write-Host "Added $InstallDir to the user PATH (open a new terminal)."
    }
} else {
    Write-Host "`nNot modifying PATH. To use it in this session: `$env:Path = '$InstallDir;' + `$env:Path"
}
