#Requires -Version 7.0
param(
    [Parameter(Mandatory, Position = 0)]
    [ValidateSet('Subs', 'Use', 'Whoami', 'Resources', 'Cost', 'Query')]
    [string]$Command,
    [string]$Subscription,
    [string]$Group,
    [int]$Days = 30,
    [string]$Kql
)
$ErrorActionPreference = 'Stop'

function Invoke-Az {
    param([Parameter(ValueFromRemainingArguments)] [string[]]$AzArgs)
    $out = & az @AzArgs --only-show-errors -o json 2>&1
    if ($LASTEXITCODE -ne 0) {
        if ("$out" -match 'AADSTS|az login|expired') { throw "Azure login expired or missing. Ask the user to run: az login" }
        throw "az $($AzArgs -join ' ') failed: $out"
    }
    if ($out) { $out | ConvertFrom-Json -Depth 20 }
}

switch ($Command) {
    'Subs' {
        $profilePath = Join-Path ($env:AZURE_CONFIG_DIR ?? (Join-Path $HOME '.azure')) 'azureProfile.json'
        if (-not (Test-Path $profilePath)) { throw "no Azure profile at $profilePath - run az login first" }
        # azureProfile.json has a UTF-8 BOM; it contains subscription metadata only (tokens live elsewhere)
        $p = Get-Content $profilePath -Raw -Encoding utf8BOM | ConvertFrom-Json
        $p.subscriptions | Select-Object @{n = 'Default'; e = { if ($_.isDefault) { '*' } else { '' } } },
            name, id, tenantId, state, @{n = 'User'; e = { $_.user.name } } |
            Sort-Object name | Format-Table -AutoSize | Out-String -Width 200
    }
    'Use' {
        if (-not $Subscription) { throw '-Subscription is required' }
        Invoke-Az account set --subscription $Subscription | Out-Null
        $a = Invoke-Az account show
        "now using: $($a.name) ($($a.id))"
    }
    'Whoami' {
        $a = Invoke-Az account show
        [pscustomobject]@{ User = $a.user.name; Type = $a.user.type; Subscription = $a.name; Tenant = $a.tenantId } | Format-List | Out-String
    }
    'Resources' {
        $listArgs = @('resource', 'list')
        if ($Group) { $listArgs += @('--resource-group', $Group) }
        $r = Invoke-Az @listArgs
        $r | Group-Object type | Sort-Object Count -Descending | Select-Object Count, Name | Format-Table -AutoSize | Out-String
        $r | Group-Object location | Sort-Object Count -Descending | Select-Object Count, Name | Format-Table -AutoSize | Out-String
    }
    'Cost' {
        $sub = (Invoke-Az account show).id
        $to = (Get-Date).ToString('yyyy-MM-dd'); $from = (Get-Date).AddDays(-$Days).ToString('yyyy-MM-dd')
        $body = @{
            type = 'ActualCost'; timeframe = 'Custom'; timePeriod = @{ from = $from; to = $to }
            dataset = @{ granularity = 'None'; aggregation = @{ total = @{ name = 'Cost'; function = 'Sum' } }
                grouping = @(@{ type = 'Dimension'; name = 'ServiceName' }) }
        } | ConvertTo-Json -Depth 10 -Compress
        $tmp = New-TemporaryFile
        try {
            Set-Content $tmp $body
            $res = Invoke-Az rest --method post --url "https://management.azure.com/subscriptions/$sub/providers/Microsoft.CostManagement/query?api-version=2023-11-01" --body "@$tmp"
        } finally { Remove-Item $tmp -Force }
        $res.properties.rows | ForEach-Object { [pscustomobject]@{ Service = $_[1]; Cost = [math]::Round($_[0], 2); Currency = $_[2] } } |
            Sort-Object Cost -Descending | Format-Table -AutoSize | Out-String
    }
    'Query' {
        if (-not $Kql) { throw '-Kql is required' }
        if ($Kql -match '\b(delete|update|set)\b' -and $Kql -notmatch '^\s*resources') { Write-Warning 'Resource Graph is read-only; query verbs like delete are ignored' }
        (Invoke-Az graph query -q $Kql --first 200).data | Format-Table -AutoSize | Out-String -Width 250
    }
}
