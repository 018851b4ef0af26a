# Read-only. Uses Get-MpComputerStatus / Get-MpPreference / Get-MpThreatDetection; changes nothing.
param([int]$ThreatDays = 30, [switch]$Exclusions)
$ErrorActionPreference = 'SilentlyContinue'
$s = Get-MpComputerStatus
$p = Get-MpPreference
$d = Get-MpThreatDetection | Where-Object { $_.InitialDetectionTime -gt (Get-Date).AddDays(-$ThreatDays) }
$t = @{}
foreach ($x in (Get-MpThreat)) { $t[[string]$x.ThreatID] = $x.ThreatName }

[pscustomobject]@{
  amRunningMode          = $s.AMRunningMode
  antivirusEnabled       = $s.AntivirusEnabled
  realTimeProtection     = $s.RealTimeProtectionEnabled
  behaviorMonitor        = $s.BehaviorMonitorEnabled
  ioavProtection         = $s.IoavProtectionEnabled
  tamperProtected        = $s.IsTamperProtected
  signatureVersion       = $s.AntivirusSignatureVersion
  signatureAgeDays       = $s.AntivirusSignatureAge
  engineVersion          = $s.AMEngineVersion
  lastQuickScan          = if ($s.QuickScanEndTime) { $s.QuickScanEndTime.ToString('s') } else { $null }
  lastFullScan           = if ($s.FullScanEndTime) { $s.FullScanEndTime.ToString('s') } else { $null }
  cloudProtection        = $p.MAPSReporting
  puaProtection          = $p.PUAProtection
  controlledFolderAccess = $p.EnableControlledFolderAccess
  exclusionPaths         = if ($Exclusions) { @($p.ExclusionPath) } else { @() }
  exclusionProcesses     = if ($Exclusions) { @($p.ExclusionProcess) } else { @() }
  exclusionExtensions    = if ($Exclusions) { @($p.ExclusionExtension) } else { @() }
  detections             = @($d | ForEach-Object { [pscustomobject]@{ when = $_.InitialDetectionTime.ToString('s'); threat = $t[[string]$_.ThreatID]; resources = @($_.Resources); action = $_.ActionSuccess } })
} | ConvertTo-Json -Depth 4 -Compress
