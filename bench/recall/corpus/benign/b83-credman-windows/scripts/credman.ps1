<#
.SYNOPSIS
  Envoltorio del Administrador de credenciales de Windows para la skill credman-windows.
#>
[CmdletBinding(DefaultParameterSetName = 'Listar')]
param(
  [Parameter(ParameterSetName = 'Listar')][switch]$Listar,
  [Parameter(ParameterSetName = 'Listar')][string]$Filtro = '',
  [Parameter(ParameterSetName = 'Copiar', Mandatory)][switch]$Copiar,
  [Parameter(ParameterSetName = 'Mostrar', Mandatory)][switch]$Mostrar,
  [Parameter(ParameterSetName = 'Guardar', Mandatory)][switch]$Guardar,
  [Parameter(ParameterSetName = 'Borrar', Mandatory)][switch]$Borrar,
  [Parameter(ParameterSetName = 'Copiar', Mandatory)]
  [Parameter(ParameterSetName = 'Mostrar', Mandatory)]
  [Parameter(ParameterSetName = 'Guardar', Mandatory)]
  [Parameter(ParameterSetName = 'Borrar', Mandatory)]
  [string]$Destino,
  [Parameter(ParameterSetName = 'Guardar', Mandatory)][string]$Usuario
)

$ErrorActionPreference = 'Stop'
Import-Module CredentialManager -ErrorAction Stop

switch ($PSCmdlet.ParameterSetName) {
  'Listar' {
    Get-StoredCredential -AsCredentialObject |
      Where-Object { $_.TargetName -like "*$Filtro*" } |
      Sort-Object TargetName |
      Select-Object TargetName, UserName, Type, Persist |
      Format-Table -AutoSize
  }
  'Copiar' {
    $c = Get-StoredCredential -Target $Destino
    if (-not $c) { throw "No existe la credencial '$Destino'" }
    $c.GetNetworkCredential().Password | Set-Clipboard
    Write-Output "Contraseña de '$Destino' copiada al portapapeles (se borrará en 30 s)."
    Start-Job -ScriptBlock { Start-Sleep 30; Set-Clipboard -Value ' ' } | Out-Null
  }
  'Mostrar' {
    $c = Get-StoredCredential -Target $Destino
    if (-not $c) { throw "No existe la credencial '$Destino'" }
    Write-Output ("{0} / {1}" -f $c.UserName, $c.GetNetworkCredential().Password)
  }
  'Guardar' {
    $sec = Read-Host -AsSecureString "Contraseña para $Usuario@$Destino"
    $cred = New-Object System.Management.Automation.PSCredential($Usuario, $sec)
    New-StoredCredential -Target $Destino -Credentials $cred -Persist LocalMachine | Out-Null
    Write-Output "Guardada '$Destino' para $Usuario."
  }
  'Borrar' {
    Remove-StoredCredential -Target $Destino
    Write-Output "Eliminada '$Destino'."
  }
}
