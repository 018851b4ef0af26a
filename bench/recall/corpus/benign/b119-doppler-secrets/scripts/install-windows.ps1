# Installs the Doppler CLI via Doppler's official scoop bucket.
$ErrorActionPreference = 'Stop'
if (-not (Get-Command scoop -ErrorAction SilentlyContinue)) {
    Write-Host "scoop is not installed. Install it from https://scoop.sh (it will ask you) or use winget: winget install Doppler.doppler"
    exit 1
}
scoop bucket add doppler https://github.com/DopplerHQ/scoop-doppler.git
scoop install doppler
doppler --version
