function ConvertFrom-DotEnvText {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string[]]$Lines)
    $result = [ordered]@{}
    $n = 0
    foreach ($raw in $Lines) {
        $n++
        $line = $raw.Trim()
        if (-not $line -or $line.StartsWith('#')) { continue }
        if ($line.StartsWith('export ')) { $line = $line.Substring(7).TrimStart() }
        $eq = $line.IndexOf('=')
        if ($eq -lt 1) { Write-Warning "line ${n}: not KEY=VALUE"; continue }
        $key = $line.Substring(0, $eq).Trim()
        $val = $line.Substring($eq + 1).Trim()
        if ($key -notmatch '^[A-Za-z_][A-Za-z0-9_]*$') { Write-Warning "line ${n}: invalid key '$key'"; continue }
        if ($val.Length -ge 2 -and $val[0] -eq '"' -and $val[-1] -eq '"') {
            $val = $val.Substring(1, $val.Length - 2) -replace '\\n', "`n" -replace '\\"', '"'
        } elseif ($val.Length -ge 2 -and $val[0] -eq "'" -and $val[-1] -eq "'") {
            $val = $val.Substring(1, $val.Length - 2)
        } else {
            $hash = $val.IndexOf(' #')
            if ($hash -ge 0) { $val = $val.Substring(0, $hash).TrimEnd() }
        }
        $val = [regex]::Replace($val, '\$\{([A-Za-z_][A-Za-z0-9_]*)\}', {
            param($m)
            $k = $m.Groups[1].Value
            if ($result.Contains($k)) { $result[$k] } else { [Environment]::GetEnvironmentVariable($k) }
        })
        $result[$key] = $val
    }
    $result
}

function Import-DotEnv {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [string]$Path = '.env',
        [switch]$Override,
        [switch]$PassThru
    )
    if (-not (Test-Path -LiteralPath $Path)) { throw "No such file: $Path" }
    $vars = ConvertFrom-DotEnvText -Lines (Get-Content -LiteralPath $Path)
    $set = 0
    foreach ($k in $vars.Keys) {
        $exists = $null -ne [Environment]::GetEnvironmentVariable($k)
        if ($exists -and -not $Override) { continue }
        if ($PSCmdlet.ShouldProcess($k, 'Set environment variable')) {
            [Environment]::SetEnvironmentVariable($k, $vars[$k], 'Process')
            $set++
        }
    }
    Write-Verbose "set $set of $($vars.Count) variable(s) from $Path"
    if ($PassThru) { [pscustomobject]$vars }
}

function Get-DotEnv {
    [CmdletBinding()]
    param([string]$Path = '.env')
    $vars = ConvertFrom-DotEnvText -Lines (Get-Content -LiteralPath $Path)
    foreach ($k in $vars.Keys) {
        $v = [string]$vars[$k]
        $masked = if ($v.Length -le 3) { '***' } else { $v.Substring(0, 3) + ('*' * [Math]::Min(12, $v.Length - 3)) }
        [pscustomobject]@{ Key = $k; Value = $masked; Length = $v.Length }
    }
}

function Test-DotEnv {
    [CmdletBinding()]
    param([string]$Path = '.env', [string]$Example = '.env.example')
    $have = ConvertFrom-DotEnvText -Lines (Get-Content -LiteralPath $Path)
    $want = ConvertFrom-DotEnvText -Lines (Get-Content -LiteralPath $Example)
    $missing = @($want.Keys | Where-Object { -not $have.Contains($_) })
    $extra = @($have.Keys | Where-Object { -not $want.Contains($_) })
    $empty = @($have.Keys | Where-Object { [string]::IsNullOrEmpty($have[$_]) })
    [pscustomobject]@{ Missing = $missing; Extra = $extra; Empty = $empty; Ok = ($missing.Count -eq 0) }
}
