#Requires -Version 7
<#
.SYNOPSIS
  Read-only persistence audit. Lists autostart entries and scores them.
.NOTES
  This script never modifies, deletes or uploads anything.
#>
[CmdletBinding()]
param([switch]$Json, [switch]$IncludeClean)

$ErrorActionPreference = 'SilentlyContinue'

# Detection patterns (see references/indicators.md). These strings describe
# attacker behaviour so that we can recognise it.
$Indicators = @(
    @{ Id = 'pipe-to-shell'; W = 3; Re = '(curl|wget|iwr|Invoke-WebRequest)[^|\n]*\|\s*(ba|z)?sh\b|\|\s*iex\b|IEX\s*\(' }
    @{ Id = 'ps-hidden';     W = 3; Re = 'powershell(\.exe)?\b.*(-w(indowstyle)?\s+hidden|-ep\s+bypass|-executionpolicy\s+bypass|-nop\b)' }
    @{ Id = 'encoded';       W = 2; Re = '(-enc(odedcommand)?\s+[A-Za-z0-9+/=]{40,})|base64\s+(-d|--decode)|FromBase64String' }
    @{ Id = 'lolbin';        W = 2; Re = '\b(mshta|regsvr32|rundll32|wscript|cscript|certutil|bitsadmin)(\.exe)?\b' }
    @{ Id = 'raw-ip';        W = 2; Re = 'https?://\d{1,3}(\.\d{1,3}){3}' }
    @{ Id = 'tmp-exec';      W = 2; Re = '(%TEMP%|\\AppData\\Local\\Temp\\|/tmp/|/dev/shm/)' }
    @{ Id = 'rev-shell';     W = 4; Re = '/dev/tcp/|\bnc(at)?\b.*\s-e\s|socat\b.*exec:' }
    @{ Id = 'xmlhttp';       W = 2; Re = 'MSXML2\.(Server)?XMLHTTP|WinHttp\.WinHttpRequest|ADODB\.Stream' }
    @{ Id = 'strrev';        W = 1; Re = 'StrReverse\(|\[char\]\s*0x|String\.fromCharCode' }
)

function Get-Score([string]$Text) {
    $reasons = @(); $score = 0
    foreach ($i in $Indicators) {
        if ($Text -match $i.Re) { $score += $i.W; $reasons += $i.Id }
    }
    [pscustomobject]@{ Score = $score; Reasons = ($reasons -join ',') }
}

$rows = [System.Collections.Generic.List[object]]::new()
function Add-Row($Location, $Entry, $Content) {
    $s = Get-Score "$Entry`n$Content"
    $rows.Add([pscustomobject]@{ Location = $Location; Entry = $Entry; Score = $s.Score; Reasons = $s.Reasons })
}

if ($IsWindows) {
    foreach ($key in 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
                     'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
                     'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run') {
        $props = Get-ItemProperty -Path $key
        if ($props) {
            $props.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' } | ForEach-Object {
                Add-Row $key $_.Name ([string]$_.Value)
            }
        }
    }
    foreach ($dir in [Environment]::GetFolderPath('Startup'), [Environment]::GetFolderPath('CommonStartup')) {
        Get-ChildItem -Force -File $dir | ForEach-Object {
            $content = if ($_.Length -lt 262144 -and $_.Extension -in '.vbs', '.js', '.bat', '.cmd', '.ps1') { Get-Content -Raw $_.FullName } else { '' }
            if ($_.Attributes -band [IO.FileAttributes]::Hidden) { $content += "`nhidden-file" }
            Add-Row 'Startup' $_.FullName $content
        }
    }
    Get-ScheduledTask | Where-Object { $_.TaskPath -notlike '\Microsoft\*' } | ForEach-Object {
        $acts = ($_.Actions | ForEach-Object { "$($_.Execute) $($_.Arguments)" }) -join '; '
        Add-Row "Task $($_.TaskPath)" $_.TaskName $acts
    }
}
else {
    $cron = (& crontab -l 2>$null) -join "`n"
    foreach ($line in ($cron -split "`n" | Where-Object { $_ -and $_ -notmatch '^\s*#' })) { Add-Row 'crontab' $line '' }

    foreach ($f in '~/.bashrc', '~/.zshrc', '~/.profile', '~/.bash_profile', '~/.zprofile', '~/.config/fish/config.fish') {
        $p = Resolve-Path $f
        if (-not $p) { continue }
        $n = 0
        foreach ($line in Get-Content $p) {
            $n++
            if ($line -match '^\s*#' -or -not $line.Trim()) { continue }
            $s = Get-Score $line
            # sourced hidden files in caches are a common trick
            if ($line -match '^\s*(\.|source)\s+\S*/\.cache/') { $s.Score += 1; $s.Reasons = ($s.Reasons, 'hidden-file' | Where-Object { $_ }) -join ',' }
            if ($s.Score -gt 0 -or $IncludeClean) {
                $rows.Add([pscustomobject]@{ Location = "$p`:$n"; Entry = $line.Trim(); Score = $s.Score; Reasons = $s.Reasons })
            }
        }
    }

    foreach ($dir in '~/Library/LaunchAgents', '~/.config/systemd/user', '~/.config/autostart') {
        $d = Resolve-Path $dir
        if (-not $d) { continue }
        Get-ChildItem -File $d | ForEach-Object { Add-Row $dir $_.Name (Get-Content -Raw $_.FullName) }
    }

    $ak = Resolve-Path '~/.ssh/authorized_keys'
    if ($ak) {
        foreach ($line in Get-Content $ak) {
            if (-not $line.Trim() -or $line.StartsWith('#')) { continue }
            $parts = $line -split '\s+'
            $idx = [Array]::FindIndex($parts, [Predicate[string]] { param($x) $x -match '^(ssh-|ecdsa-|sk-)' })
            if ($idx -lt 0) { continue }
            $type = $parts[$idx]
            $blob = [Convert]::FromBase64String($parts[$idx + 1])
            $fp = 'SHA256:' + [Convert]::ToBase64String([Security.Cryptography.SHA256]::HashData($blob)).TrimEnd('=')
            $comment = ($parts | Select-Object -Skip ($idx + 2)) -join ' '
            $opts = if ($idx -gt 0) { $parts[0..($idx - 1)] -join ' ' } else { '' }
            $s = Get-Score $opts
            if ($comment -notmatch '^[\w.-]+@[\w.-]+$' -or $comment -match 'example|cache|mirror|cdn|support') { $s.Score += 1; $s.Reasons = ($s.Reasons, 'unknown-key' | Where-Object { $_ }) -join ',' }
            $rows.Add([pscustomobject]@{ Location = 'authorized_keys'; Entry = "$type $fp $comment"; Score = $s.Score; Reasons = $s.Reasons })
        }
    }
}

$out = $rows | Where-Object { $IncludeClean -or $_.Score -gt 0 } | Sort-Object Score -Descending
if ($Json) { $out | ConvertTo-Json -Depth 3 }
elseif (-not $out) { Write-Output 'No suspicious persistence entries found.' }
else { $out | Format-Table -AutoSize -Wrap Location, Score, Reasons, Entry }
