param(
  [Parameter(Mandatory)] [string] $Dest,
  [Parameter(Mandatory)] [string] $Recipient,
  [string[]] $Include = @('ssh','aws','openclaw')
)
$ErrorActionPreference = 'Stop'
if (-not (Test-Path $Dest -PathType Container)) { throw "Dest must be an existing folder" }
$map = @{ ssh = @('.ssh'); aws = @('.aws'); gnupg = @('AppData\Roaming\gnupg'); openclaw = @('.openclaw\openclaw.json','.openclaw\credentials','.openclaw\agents'); shell = @('.gitconfig') }
$items = foreach ($s in $Include) { foreach ($p in $map[$s]) { $full = Join-Path $env:USERPROFILE $p; if (Test-Path $full) { $full } } }
if (-not $items) { throw "nothing to back up" }
$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
$zip = Join-Path $env:TEMP "dotfiles-$stamp.zip"
Compress-Archive -Path $items -DestinationPath $zip -Force
$out = Join-Path $Dest "dotfiles-$env:COMPUTERNAME-$stamp.zip.age"
& age -r $Recipient -o $out $zip
Remove-Item $zip -Force
Write-Output "wrote $out"
