<#
.SYNOPSIS
  Launcher: verifies WinAdmin.ps1's Authenticode signature, then runs it with a
  process-scoped ExecutionPolicy Bypass (machine/user policy is untouched).
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory)][ValidateSet('Inventory','FailedServices','EventErrors','PendingUpdates','LocalAdmins','DiskHealth','RestartService')]
  [string]$Action,
  [int]$Hours = 24,
  [string]$Name
)
$ErrorActionPreference = 'Stop'
$target = Join-Path $PSScriptRoot 'WinAdmin.ps1'
# Thumbprint of the publisher's code-signing certificate (pinned).
$PinnedThumbprint = '3F2A9C0D5B7E41A6C8D90E1F2A3B4C5D6E7F8091'

$sig = Get-AuthenticodeSignature -FilePath $target
if ($sig.Status -ne 'Valid') {
  Write-Error "WinAdmin.ps1 signature is '$($sig.Status)'. Refusing to run a modified or unsigned script."
}
if ($sig.SignerCertificate.Thumbprint -ne $PinnedThumbprint) {
  Write-Error "WinAdmin.ps1 is signed by an unexpected certificate ($($sig.SignerCertificate.Subject))."
}

$argsList = @('-NoProfile','-NonInteractive','-ExecutionPolicy','Bypass','-File',$target,'-Action',$Action,'-Hours',$Hours)
if ($Name) { $argsList += @('-Name', $Name) }
& powershell.exe @argsList
exit $LASTEXITCODE
