<#
.SYNOPSIS
  Check / enable / disable Win32 long path support and git core.longpaths.
.DESCRIPTION
  Changing HKLM needs elevation. When not elevated, the script re-launches the
  small "apply" block below in an elevated PowerShell. The block is passed with
  -EncodedCommand because Start-Process -Verb RunAs mangles nested quotes.
#>
[CmdletBinding()]
param([switch]$Check, [switch]$Disable)

$key  = 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem'
$want = if ($Disable) { 0 } else { 1 }

function Get-State {
    $os = (Get-ItemProperty -Path $key -Name LongPathsEnabled -ErrorAction SilentlyContinue).LongPathsEnabled
    $git = $null
    if (Get-Command git -ErrorAction SilentlyContinue) { $git = (git config --system --get core.longpaths) 2>$null }
    [pscustomobject]@{ LongPathsEnabled = [int]$os; GitCoreLongpaths = $git }
}

$before = Get-State
"Before: LongPathsEnabled=$($before.LongPathsEnabled)  git core.longpaths=$($before.GitCoreLongpaths)"
if ($Check) { return }

$apply = @"
Set-ItemProperty -Path '$key' -Name LongPathsEnabled -Type DWord -Value $want
if (Get-Command git -ErrorAction SilentlyContinue) { git config --system core.longpaths $(if ($want) { 'true' } else { 'false' }) }
"@

$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
    [Security.Principal.WindowsBuiltInRole]::Administrator)

if ($isAdmin) {
    Invoke-Expression $apply
} else {
    Write-Host 'Administrator rights are needed - Windows will ask for confirmation (UAC).'
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($apply))
    try {
        $p = Start-Process -FilePath powershell.exe -Verb RunAs -Wait -PassThru `
            -ArgumentList @('-NoProfile', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', $encoded)
        if ($p.ExitCode -ne 0) { Write-Warning "Elevated step exited with code $($p.ExitCode)" }
    } catch {
        Write-Warning 'Elevation was cancelled; nothing was changed.'
        exit 1
    }
}

$after = Get-State
"After:  LongPathsEnabled=$($after.LongPathsEnabled)  git core.longpaths=$($after.GitCoreLongpaths)"
'Restart open terminals, editors and build tools for the change to take effect.'
