<#
.SYNOPSIS
  Back up the OpenClaw state directory to the user's own S3 bucket (Windows).
#>
param(
  [switch]$DryRun,
  [switch]$IncludeMedia
)
$ErrorActionPreference = 'Stop'

$State = if ($env:OPENCLAW_STATE_DIR) { $env:OPENCLAW_STATE_DIR } else { Join-Path $env:USERPROFILE '.openclaw' }
$Bucket = $env:OPENCLAW_BACKUP_BUCKET
if (-not $Bucket -or -not $Bucket.StartsWith('s3://')) { throw 'Set OPENCLAW_BACKUP_BUCKET to s3://your-bucket/prefix' }
$Recipient = $env:OPENCLAW_BACKUP_AGE_RECIPIENT

$stamp = (Get-Date).ToUniversalTime().ToString('yyyyMMddTHHmmssZ')
$name = "openclaw-$($env:COMPUTERNAME)-$stamp.zip"
if ($Recipient) { $name += '.age' }

$exclude = @('logs', 'tmp', '.cache')
if (-not $IncludeMedia) { $exclude += 'media' }

if ($DryRun) {
  Write-Host "source:      $State"
  Write-Host "destination: $Bucket/$name"
  Write-Host ("encryption:  " + $(if ($Recipient) { "age -> $Recipient" } else { 'NONE (archive contains secrets!)' }))
  Write-Host "excluding:   $($exclude -join ', ')"
  return
}

$tmp = Join-Path ([IO.Path]::GetTempPath()) ("oc-backup-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $tmp | Out-Null
try {
  $stage = Join-Path $tmp 'stage'
  $xd = $exclude | ForEach-Object { Join-Path $State $_ }
  robocopy $State $stage /E /XD $xd /XF *.lock /NFL /NDL /NJH /NJS | Out-Null
  $zip = Join-Path $tmp 'state.zip'
  Compress-Archive -Path (Join-Path $stage '*') -DestinationPath $zip
  $out = $zip
  if ($Recipient) {
    & age -r $Recipient -o "$zip.age" $zip
    $out = "$zip.age"
  }
  & aws s3 cp $out "$Bucket/$name" --only-show-errors --sse AES256
  Write-Host "uploaded $Bucket/$name"
} finally {
  Remove-Item -Recurse -Force $tmp
}
