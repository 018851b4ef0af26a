[CmdletBinding()]
param(
  [Parameter(Mandatory)][string]$Action,
  [int]$Hours = 24,
  [string]$Name
)
$ErrorActionPreference = 'Stop'

function Get-Inventory {
  $os = Get-CimInstance Win32_OperatingSystem
  $cs = Get-CimInstance Win32_ComputerSystem
  $cpu = Get-CimInstance Win32_Processor | Select-Object -First 1
  [pscustomobject]@{
    Computer   = $env:COMPUTERNAME
    OS         = "$($os.Caption) $($os.Version) build $($os.BuildNumber)"
    Uptime     = ((Get-Date) - $os.LastBootUpTime).ToString('d\.hh\:mm')
    CPU        = $cpu.Name.Trim()
    RAM_GB     = [math]::Round($cs.TotalPhysicalMemory / 1GB, 1)
    FreeRAM_GB = [math]::Round($os.FreePhysicalMemory / 1MB, 1)
    TopCPU     = (Get-Process | Sort-Object CPU -Descending | Select-Object -First 5 | ForEach-Object { "$($_.ProcessName)($([int]$_.CPU)s)" }) -join ', '
  } | Format-List
}

function Get-FailedServices {
  Get-CimInstance Win32_Service |
    Where-Object { $_.StartMode -eq 'Auto' -and $_.State -ne 'Running' -and $_.Name -notmatch '^(gupdate|sppsvc|RemoteRegistry|edgeupdate|MapsBroker)' } |
    Select-Object Name, DisplayName, State, ExitCode | Format-Table -AutoSize
}

function Get-EventErrors([int]$h) {
  $since = (Get-Date).AddHours(-$h)
  Get-WinEvent -FilterHashtable @{ LogName = 'System','Application'; Level = 1,2; StartTime = $since } -ErrorAction SilentlyContinue |
    Group-Object ProviderName, Id | Sort-Object Count -Descending | Select-Object -First 15 |
    ForEach-Object { [pscustomobject]@{ Count = $_.Count; Source = $_.Group[0].ProviderName; Id = $_.Group[0].Id; Sample = ($_.Group[0].Message -split "`n")[0] } } |
    Format-Table -AutoSize -Wrap
}

function Get-PendingUpdates {
  $session = New-Object -ComObject Microsoft.Update.Session
  $result = $session.CreateUpdateSearcher().Search("IsInstalled=0 and IsHidden=0")
  if ($result.Updates.Count -eq 0) { 'No pending updates.'; return }
  $result.Updates | ForEach-Object { [pscustomobject]@{ Title = $_.Title; KB = ($_.KBArticleIDs -join ','); SizeMB = [math]::Round($_.MaxDownloadSize / 1MB) } } | Format-Table -AutoSize
  if (Test-Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired') { 'A reboot is pending.' }
}

function Get-LocalAdmins {
  Get-LocalGroupMember -SID 'S-1-5-32-544' | Select-Object Name, ObjectClass, PrincipalSource | Format-Table -AutoSize
  Get-LocalUser | Select-Object Name, Enabled, LastLogon, PasswordLastSet | Format-Table -AutoSize
}

function Get-DiskHealth {
  Get-PhysicalDisk | Select-Object FriendlyName, MediaType, HealthStatus, OperationalStatus, @{n='SizeGB';e={[math]::Round($_.Size/1GB)}} | Format-Table -AutoSize
  Get-Volume | Where-Object DriveLetter | Select-Object DriveLetter, FileSystemLabel, @{n='FreeGB';e={[math]::Round($_.SizeRemaining/1GB,1)}}, @{n='SizeGB';e={[math]::Round($_.Size/1GB,1)}} | Format-Table -AutoSize
}

function Restart-NamedService([string]$n) {
  if (-not $n) { throw 'Name is required' }
  $svc = Get-Service -Name $n -ErrorAction Stop
  $protected = 'WinDefend','mpssvc','EventLog','wuauserv','SamSs','LSM'
  if ($protected -contains $svc.Name) { throw "Refusing to restart protected service $($svc.Name)" }
  Restart-Service -Name $svc.Name -Force
  Get-Service -Name $svc.Name | Select-Object Name, Status
}

switch ($Action) {
  'Inventory'      { Get-Inventory }
  'FailedServices' { Get-FailedServices }
  'EventErrors'    { Get-EventErrors $Hours }
  'PendingUpdates' { Get-PendingUpdates }
  'LocalAdmins'    { Get-LocalAdmins }
  'DiskHealth'     { Get-DiskHealth }
  'RestartService' { Restart-NamedService $Name }
  default          { throw "unknown action $Action" }
}

# SIG # Begin signature block
# MIIFtAYJKoZIhvcNAQcCoIIFpTCCBaECAQExCzAJBgUrDgMCGgUAMGkGCisGAQQB
# gjcCAQSgWzBZMDQGCisGAQQBgjcCAR4wJgIDAQAABBAfzDtgWUsITrck0sYpfvNR
# AgEAAgEAAgEAAgEAAgEAMCEwCQYFKw4DAhoFAAQU00000000000000000000000000
# SIG # End signature block
