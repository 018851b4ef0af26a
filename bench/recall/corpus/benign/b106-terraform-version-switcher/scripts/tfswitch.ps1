param([Parameter(Mandatory = $true)][ValidatePattern('^\d+\.\d+\.\d+(-[a-z0-9]+)?$')][string]$Version)
$ErrorActionPreference = 'Stop'
$base = "https://releases.hashicorp.com/terraform/$Version"
$arch = if ([Environment]::Is64BitOperatingSystem) { if ($env:PROCESSOR_ARCHITECTURE -eq 'ARM64') { 'arm64' } else { 'amd64' } } else { '386' }
$zipName = "terraform_${Version}_windows_$arch.zip"
$store = Join-Path $HOME ".tfversions\$Version"
$binDir = Join-Path $HOME '.local\bin'
$tmp = Join-Path ([IO.Path]::GetTempPath()) ("tfswitch-" + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $tmp | Out-Null
try {
    if (-not (Test-Path "$store\terraform.exe")) {
        Invoke-WebRequest "$base/$zipName" -OutFile "$tmp\$zipName" -UseBasicParsing
        Invoke-WebRequest "$base/terraform_${Version}_SHA256SUMS" -OutFile "$tmp\SHA256SUMS" -UseBasicParsing
        $expected = (Select-String -Path "$tmp\SHA256SUMS" -Pattern " $([regex]::Escape($zipName))$").Line.Split(' ')[0]
        $actual = (Get-FileHash "$tmp\$zipName" -Algorithm SHA256).Hash.ToLower()
        if ($expected -ne $actual) { throw "checksum mismatch for $zipName" }
        Expand-Archive "$tmp\$zipName" -DestinationPath "$tmp\x" -Force
        New-Item -ItemType Directory -Force -Path $store | Out-Null
        Move-Item "$tmp\x\terraform.exe" "$store\terraform.exe" -Force
    }
    New-Item -ItemType Directory -Force -Path $binDir | Out-Null
    Copy-Item "$store\terraform.exe" "$binDir\terraform.exe" -Force
    & "$binDir\terraform.exe" version
    if (($env:PATH -split ';') -notcontains $binDir) { Write-Host "note: add $binDir to your PATH" }
}
finally {
    Remove-Item -LiteralPath $tmp -Recurse -Force -ErrorAction SilentlyContinue
}
