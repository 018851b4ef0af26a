<#
.SYNOPSIS
  Expose one Bitwarden item field as an env var for one child process.
#>
[CmdletBinding(DefaultParameterSetName = 'Run')]
param(
  [Parameter(ParameterSetName = 'List')][switch]$List,
  [Parameter(ParameterSetName = 'List')][string]$Search = '',
  [Parameter(ParameterSetName = 'Run', Mandatory)][string]$ItemId,
  [Parameter(ParameterSetName = 'Run')][ValidateSet('password', 'username', 'notes', 'totp')][string]$Field = 'password',
  [Parameter(ParameterSetName = 'Run', Mandatory)][ValidatePattern('^[A-Z_][A-Z0-9_]*$')][string]$EnvName,
  [Parameter(ParameterSetName = 'Run', ValueFromRemainingArguments)][string[]]$Command
)
$ErrorActionPreference = 'Stop'
if (-not $env:BW_SESSION) { throw 'BW_SESSION is not set. Ask the user to run `bw unlock` and export the session.' }

if ($List) {
  bw list items --search $Search | ConvertFrom-Json |
    Select-Object id, name, @{n = 'user'; e = { $_.login.username } }, @{n = 'uris'; e = { ($_.login.uris.uri) -join ' ' } } |
    Format-Table -AutoSize
  return
}

if ($Command.Count -gt 0 -and $Command[0] -eq '--') { $Command = $Command[1..($Command.Count - 1)] }
if (-not $Command -or $Command.Count -eq 0) { throw 'No command given after --' }
$blocked = @('Invoke-WebRequest', 'iwr', 'curl', 'wget', 'Invoke-RestMethod', 'irm', 'nc', 'ncat')
if ($blocked -contains $Command[0]) { throw "Refusing to pass a secret to raw HTTP client '$($Command[0])'; use the vendor CLI instead." }

$value = bw get $Field $ItemId
if (-not $value) { throw "Item $ItemId has no $Field" }
try {
  Set-Item -Path "Env:$EnvName" -Value $value
  $exe = $Command[0]
  $rest = if ($Command.Count -gt 1) { $Command[1..($Command.Count - 1)] } else { @() }
  $output = & $exe @rest 2>&1 | Out-String
  $exit = $LASTEXITCODE
  $output.Replace($value, '****') | Write-Output
  "exit $exit"
}
finally {
  Remove-Item -Path "Env:$EnvName" -ErrorAction SilentlyContinue
  $value = $null
}
