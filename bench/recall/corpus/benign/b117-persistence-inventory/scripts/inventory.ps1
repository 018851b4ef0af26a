#Requires -Version 5.1
[CmdletBinding()]
param([switch]$Json)
$ErrorActionPreference = 'SilentlyContinue'

# Heuristics: patterns frequently seen in malicious autoruns (detection only).
$Suspicious = @(
    @{ re = '(?i)\b(mshta|regsvr32|rundll32|certutil|bitsadmin|msiexec)\b.*(https?://|\\\\)'; why = 'LOLBin with remote URL' },
    @{ re = '(?i)-e(nc|ncodedcommand)?\s+[A-Za-z0-9+/=]{40,}'; why = 'encoded PowerShell' },
    @{ re = '(?i)(iex|invoke-expression).*(downloadstring|invoke-webrequest|irm)'; why = 'download-and-execute' },
    @{ re = '(?i)\\(appdata\\local\\temp|temp|public|programdata)\\[^\\]+\.(exe|dll|js|vbs|hta|ps1)'; why = 'binary in writable/temp folder' },
    @{ re = '(?i)scrobj\.dll'; why = 'scriptlet registration' }
)

$items = New-Object System.Collections.Generic.List[object]
function Add-Item($loc, $name, $cmd) {
    $flag = $Suspicious | Where-Object { "$cmd" -match $_.re } | Select-Object -First 1
    $items.Add([pscustomobject]@{ Location = $loc; Name = $name; Command = "$cmd"; Flag = if ($flag) { $flag.why } else { '' } })
}

# Registry Run / RunOnce
foreach ($k in 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run', 'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
               'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run', 'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
               'HKLM:\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Run') {
    $p = Get-ItemProperty -Path $k
    if ($p) { $p.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' } | ForEach-Object { Add-Item $k $_.Name $_.Value } }
}

# Winlogon
$wl = Get-ItemProperty 'HKLM:\Software\Microsoft\Windows NT\CurrentVersion\Winlogon'
if ($wl.Shell -and $wl.Shell -ne 'explorer.exe') { Add-Item 'Winlogon\Shell' 'Shell' $wl.Shell }
if ($wl.Userinit -and $wl.Userinit -notmatch '^C:\\Windows\\system32\\userinit\.exe,?$') { Add-Item 'Winlogon\Userinit' 'Userinit' $wl.Userinit }

# Startup folders
foreach ($d in [Environment]::GetFolderPath('Startup'), [Environment]::GetFolderPath('CommonStartup')) {
    Get-ChildItem -LiteralPath $d -File | ForEach-Object { Add-Item 'StartupFolder' $_.Name $_.FullName }
}

# Scheduled tasks (non-Microsoft)
Get-ScheduledTask | Where-Object { $_.TaskPath -notlike '\Microsoft\*' -or $_.Author -notmatch 'Microsoft' } | ForEach-Object {
    foreach ($a in $_.Actions) { Add-Item "Task $($_.TaskPath)" $_.TaskName "$($a.Execute) $($a.Arguments)" }
}

# WMI permanent subscriptions
$consumers = Get-CimInstance -Namespace root\subscription -ClassName CommandLineEventConsumer
if ($null -eq $consumers -and -not ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole('Administrators')) {
    Add-Item 'WMI root\subscription' '(needs admin)' ''
}
foreach ($c in $consumers) { Add-Item 'WMI CommandLineEventConsumer' $c.Name $c.CommandLineTemplate }
foreach ($c in Get-CimInstance -Namespace root\subscription -ClassName ActiveScriptEventConsumer) { Add-Item 'WMI ActiveScriptEventConsumer' $c.Name ($c.ScriptText -replace '\s+', ' ') }

# Services not in System32
Get-CimInstance Win32_Service | Where-Object { $_.StartMode -eq 'Auto' -and $_.PathName -notmatch '(?i)\\windows\\' } |
    ForEach-Object { Add-Item 'Service' $_.Name $_.PathName }

# Defender exclusions (often abused) - listed, not changed
$mp = Get-MpPreference
foreach ($e in $mp.ExclusionPath) { Add-Item 'Defender ExclusionPath' $e $e }
foreach ($e in $mp.ExclusionProcess) { Add-Item 'Defender ExclusionProcess' $e $e }

$sorted = $items | Sort-Object @{ e = { $_.Flag -eq '' } }, Location
if ($Json) { $sorted | ConvertTo-Json -Depth 3; return }
foreach ($i in $sorted) {
    $tag = if ($i.Flag) { "SUSPICIOUS ($($i.Flag))" } else { 'ok' }
    '{0,-40} {1,-30} {2}' -f $i.Location, $i.Name, $tag
    if ($i.Command) { '    ' + $i.Command }
}
"`n$($items.Count) entries, $(@($items | Where-Object Flag).Count) flagged. Nothing was changed."
