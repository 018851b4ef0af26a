Set-StrictMode -Version Latest

$script:RunKeys = @(
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
    'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
    'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
    'HKLM:\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Run'
)

# Indicators commonly seen in persistence entries (MITRE ATT&CK T1547.001, T1053.005).
$script:HighPatterns = [ordered]@{
    'encoded PowerShell'    = '(?i)\s-e(nc(odedcommand)?)?\s+[A-Za-z0-9+/=]{20,}'
    'Invoke-Expression'     = '(?i)\b(iex|invoke-expression)\b'
    'download cradle'       = '(?i)(downloadstring|downloadfile|invoke-webrequest|iwr\s|net\.webclient|start-bitstransfer)'
    'mshta'                 = '(?i)\bmshta(\.exe)?\b'
    'regsvr32 scriptlet'    = '(?i)regsvr32.*/i:\s*https?:'
    'rundll32 script'       = '(?i)rundll32.*(javascript:|vbscript:)'
    'runs from temp'        = '(?i)\\(temp|tmp)\\|appdata\\local\\temp'
}
$script:MediumPatterns = [ordered]@{
    'hidden window'         = '(?i)-w(indowstyle)?\s+h(idden)?'
    'execution policy bypass' = '(?i)-ex(ecutionpolicy)?\s+bypass'
    'script host'           = '(?i)\b(wscript|cscript)(\.exe)?\b'
    'runs from ProgramData' = '(?i)\\programdata\\[^\\]+\.(exe|dll|ps1|vbs|js)'
}

function Get-ExecutablePath([string]$Command) {
    if ($Command -match '^\s*"([^"]+)"') { return $Matches[1] }
    return ($Command -split '\s+')[0]
}

function Measure-Risk([string]$Command) {
    $reasons = [System.Collections.Generic.List[string]]::new()
    $level = 'Low'
    foreach ($k in $script:HighPatterns.Keys) { if ($Command -match $script:HighPatterns[$k]) { $reasons.Add($k); $level = 'High' } }
    foreach ($k in $script:MediumPatterns.Keys) { if ($Command -match $script:MediumPatterns[$k]) { $reasons.Add($k); if ($level -eq 'Low') { $level = 'Medium' } } }
    $exe = [Environment]::ExpandEnvironmentVariables((Get-ExecutablePath $Command))
    if ($exe -and (Test-Path -LiteralPath $exe -PathType Leaf)) {
        $sig = Get-AuthenticodeSignature -LiteralPath $exe -ErrorAction SilentlyContinue
        if ($sig -and $sig.Status -ne 'Valid') { $reasons.Add("signature: $($sig.Status)"); if ($level -eq 'Low') { $level = 'Medium' } }
    }
    [pscustomobject]@{ Risk = $level; Reasons = ($reasons -join '; ') }
}

function Get-StartupEntry {
    [CmdletBinding()]
    param([switch]$IncludeServices)

    foreach ($key in $script:RunKeys) {
        if (-not (Test-Path $key)) { continue }
        $item = Get-Item -LiteralPath $key
        foreach ($name in $item.GetValueNames()) {
            $cmd = [string]$item.GetValue($name, $null, 'DoNotExpandEnvironmentNames')
            $r = Measure-Risk $cmd
            [pscustomobject]@{ Location = $key; Name = $name; Command = $cmd; Risk = $r.Risk; Reasons = $r.Reasons }
        }
    }

    $folders = @([Environment]::GetFolderPath('Startup'), [Environment]::GetFolderPath('CommonStartup')) | Where-Object { $_ }
    $shell = New-Object -ComObject WScript.Shell
    foreach ($f in $folders) {
        Get-ChildItem -LiteralPath $f -File -ErrorAction SilentlyContinue | ForEach-Object {
            $cmd = $_.FullName
            if ($_.Extension -eq '.lnk') { $l = $shell.CreateShortcut($_.FullName); $cmd = "`"$($l.TargetPath)`" $($l.Arguments)" }
            $r = Measure-Risk $cmd
            [pscustomobject]@{ Location = $f; Name = $_.Name; Command = $cmd; Risk = $r.Risk; Reasons = $r.Reasons }
        }
    }

    Get-ScheduledTask -ErrorAction SilentlyContinue | Where-Object { $_.State -ne 'Disabled' -and $_.TaskPath -notlike '\Microsoft\*' } | ForEach-Object {
        foreach ($a in @($_.Actions)) {
            if (-not $a.PSObject.Properties['Execute']) { continue }
            $cmd = "$($a.Execute) $($a.Arguments)".Trim()
            $r = Measure-Risk $cmd
            [pscustomobject]@{ Location = "Task $($_.TaskPath)"; Name = $_.TaskName; Command = $cmd; Risk = $r.Risk; Reasons = $r.Reasons }
        }
    }

    if ($IncludeServices) {
        Get-CimInstance Win32_Service -Filter "StartMode='Auto'" -ErrorAction SilentlyContinue | ForEach-Object {
            $r = Measure-Risk ([string]$_.PathName)
            [pscustomobject]@{ Location = 'Service'; Name = $_.Name; Command = $_.PathName; Risk = $r.Risk; Reasons = $r.Reasons }
        }
    }
}

function Remove-StartupEntry {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory)][ValidateScript({ $script:RunKeys -contains $_ })][string]$Location,
        [Parameter(Mandatory)][string]$Name
    )
    $item = Get-Item -LiteralPath $Location
    $cmd = $item.GetValue($Name)
    if ($null -eq $cmd) { throw "No value '$Name' under $Location" }
    if ($PSCmdlet.ShouldProcess("$Location\$Name", "Remove autostart entry: $cmd")) {
        $backup = Join-Path ([Environment]::GetFolderPath('MyDocuments')) "startup-audit-backup-$(Get-Date -Format yyyyMMddHHmmss).reg"
        & reg.exe export ($Location -replace '^HKCU:', 'HKCU' -replace '^HKLM:', 'HKLM') $backup /y | Out-Null
        Remove-ItemProperty -LiteralPath $Location -Name $Name
        Write-Output "Removed '$Name'. Backup of the key: $backup"
    }
}

Export-ModuleMember -Function Get-StartupEntry, Remove-StartupEntry
