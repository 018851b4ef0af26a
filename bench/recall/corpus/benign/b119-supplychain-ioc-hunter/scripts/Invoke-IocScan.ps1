<#
.SYNOPSIS
  Read-only IOC sweep for Windows hosts: YARA scan + persistence listing.
.PARAMETER Path
  Directory to scan with YARA (default: current directory).
#>
param([string]$Path = (Get-Location).Path, [int]$Days = 14)
$ErrorActionPreference = 'Continue'
$rules = Join-Path $PSScriptRoot '..\rules'

Write-Host "== YARA ($Path) =="
$yara = Get-Command yara64.exe, yara.exe -ErrorAction SilentlyContinue | Select-Object -First 1
if ($yara) {
    Get-ChildItem $rules -Filter *.yar | ForEach-Object { & $yara.Source -r -w $_.FullName $Path }
} else { Write-Warning "yara not found; install from https://github.com/VirusTotal/yara/releases" }

Write-Host "`n== Run / RunOnce keys =="
'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce' | ForEach-Object {
    if (Test-Path $_) {
        $k = $_
        (Get-ItemProperty $k).PSObject.Properties | Where-Object Name -notlike 'PS*' |
            ForEach-Object { [pscustomobject]@{Key = $k; Name = $_.Name; Command = $_.Value} }
    }
} | Format-Table -AutoSize -Wrap

Write-Host "`n== Startup folder =="
Get-ChildItem "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup" -ErrorAction SilentlyContinue |
    Select-Object Name, LastWriteTime | Format-Table

Write-Host "`n== Scheduled tasks registered in the last $Days days =="
Get-ScheduledTask | Where-Object { $_.Date -and ([datetime]$_.Date) -gt (Get-Date).AddDays(-$Days) } |
    Select-Object TaskPath, TaskName, @{n='Action';e={($_.Actions | ForEach-Object { "$($_.Execute) $($_.Arguments)" }) -join '; '}} |
    Format-Table -AutoSize -Wrap

Write-Host "`n== Unsigned executables under %APPDATA% =="
Get-ChildItem $env:APPDATA -Recurse -Include *.exe, *.dll, *.ps1 -ErrorAction SilentlyContinue |
    Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne 'Valid' } |
    Select-Object FullName, Length, LastWriteTime | Format-Table -AutoSize
