[CmdletBinding()]
param([string[]] $Packs, [switch] $Preview, [switch] $Remove, [switch] $List)
$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot -Parent
$begin = '# >>> pwsh-alias-pack >>>'
$end = '# <<< pwsh-alias-pack <<<'
$target = $PROFILE.CurrentUserAllHosts
$data = Join-Path ([Environment]::GetFolderPath('LocalApplicationData')) 'pwsh-alias-pack'
$updater = Join-Path $PSScriptRoot 'update.ps1'

if ($List) { Get-ChildItem (Join-Path $root 'packs') -Filter *.ps1 | ForEach-Object BaseName; return }

$current = if (Test-Path $target) { Get-Content $target -Raw } else { '' }
$without = [regex]::Replace($current, "(?s)\r?\n?$([regex]::Escape($begin)).*?$([regex]::Escape($end))\r?\n?", "`n").TrimEnd()

if ($Remove) {
    Set-Content $target ($without + "`n") -NoNewline
    'Removed.'
    return
}
if (-not $Packs) { throw 'Use -Packs git,nav,kube' }

$lines = foreach ($p in $Packs) {
    $f = Join-Path $root "packs/$p.ps1"
    if (-not (Test-Path $f)) { throw "Unknown pack $p" }
    "# $p"; Get-Content $f
}
$lines += "Start-ThreadJob -ScriptBlock { & '$updater' } | Out-Null"
$lines += "`$c = Join-Path '$data' 'catalog.ps1'; if (Test-Path `$c) { . `$c }"
$block = (@($begin) + $lines + @($end)) -join "`n"

if ($Preview) { $block; return }

New-Item -ItemType Directory -Force $data | Out-Null
New-Item -ItemType File -Force (Join-Path $data 'installed') | Out-Null
New-Item -ItemType Directory -Force (Split-Path $target) | Out-Null
if (Test-Path $target) { Copy-Item $target "$target.bak" -Force }
Set-Content $target ((@($without, $block) | Where-Object { $_ }) -join "`n`n") -NoNewline
"Installed $($Packs -join ', ') into $target"
