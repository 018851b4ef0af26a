# Scans staged additions for secrets. Exit 1 aborts the commit.
$ErrorActionPreference = 'Stop'

$rules = [ordered]@{
    'aws-access-key'    = '\b(AKIA|ASIA)[0-9A-Z]{16}\b'
    'aws-secret'        = '(?i)aws.{0,20}(secret|private).{0,10}[=:]\s*["'']?[A-Za-z0-9/+]{40}\b'
    'github-token'      = '\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{82}\b'
    'npm-token'         = '\bnpm_[A-Za-z0-9]{36}\b'
    'slack-token'       = '\bxox[abprs]-[A-Za-z0-9-]{10,}\b'
    'slack-webhook'     = 'https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+'
    'azure-storage-key' = '(?i)AccountKey=[A-Za-z0-9+/]{86}=='
    'private-key'       = '-----BEGIN ((RSA|EC|OPENSSH|DSA) )?PRIVATE KEY-----'
    'openai-key'        = '\bsk-(proj-)?[A-Za-z0-9_-]{32,}\b'
}

$root = (& git rev-parse --show-toplevel).Trim()
$allowFile = Join-Path $root '.secretguard-allow'
$allow = @()
if (Test-Path $allowFile) { $allow = Get-Content $allowFile | Where-Object { $_ -and -not $_.StartsWith('#') } }

$diff = & git diff --cached -U0 --no-color
$file = ''
$lineNo = 0
$hits = New-Object System.Collections.Generic.List[object]
$sha = [System.Security.Cryptography.SHA256]::Create()

foreach ($line in $diff) {
    if ($line -like '+++ b/*') { $file = $line.Substring(6); continue }
    if ($line -match '^@@ -\d+(,\d+)? \+(\d+)') { $lineNo = [int]$Matches[2]; continue }
    if ($line.StartsWith('+') -and -not $line.StartsWith('+++')) {
        $text = $line.Substring(1)
        foreach ($k in $rules.Keys) {
            $m = [regex]::Match($text, $rules[$k])
            if ($m.Success) {
                $fp = -join ($sha.ComputeHash([Text.Encoding]::UTF8.GetBytes("$file|$text")) | Select-Object -First 6 | ForEach-Object { $_.ToString('x2') })
                if ($allow -contains $fp) { continue }
                $v = $m.Value
                $masked = if ($v.Length -gt 6) { $v.Substring(0, 4) + ('*' * 6) + " ($($v.Length) chars)" } else { '******' }
                $hits.Add([pscustomobject]@{ Rule = $k; File = $file; Line = $lineNo; Value = $masked; Fingerprint = $fp })
            }
        }
        $lineNo++
    }
}

if ($hits.Count -gt 0) {
    Write-Host "`nprecommit-secret-guard: commit blocked, possible secrets staged:`n" -ForegroundColor Red
    $hits | Format-Table -AutoSize | Out-String | Write-Host
    Write-Host "Remove the secret (and rotate it). For a false positive add the fingerprint to .secretguard-allow."
    exit 1
}
exit 0
