[CmdletBinding()]
param(
    [string[]] $Packs,
    [switch] $Preview,
    [switch] $Remove,
    [switch] $List
)
$ErrorActionPreference = 'Stop'
$begin = '# >>> pwsh-profile-aliases >>>'
$end = '# <<< pwsh-profile-aliases <<<'
$packDir = Join-Path (Split-Path $PSScriptRoot -Parent) 'packs'
$target = $PROFILE.CurrentUserAllHosts

if ($List) { Get-ChildItem $packDir -Filter *.ps1 | ForEach-Object { "{0,-8} {1}" -f $_.BaseName, ((Get-Content $_ | Measure-Object).Count.ToString() + ' definitions') }; return }

$current = if (Test-Path $target) { Get-Content $target -Raw } else { '' }
$pattern = "(?s)\r?\n?$([regex]::Escape($begin)).*?$([regex]::Escape($end))\r?\n?"
$without = [regex]::Replace($current, $pattern, "`n").TrimEnd()

if ($Remove) {
    if ($current -notmatch [regex]::Escape($begin)) { 'No pwsh-profile-aliases block found.'; return }
    Copy-Item $target "$target.bak" -Force
    Set-Content -Path $target -Value ($without + "`n") -NoNewline
    "Removed the block from $target (backup: $target.bak)"
    return
}

if (-not $Packs) { throw 'Choose packs with -Packs git,nav,docker (see -List)' }
$body = foreach ($p in $Packs) {
    if ($p -notmatch '^[a-z0-9-]+$') { throw "Bad pack name $p" }
    $f = Join-Path $packDir "$p.ps1"
    if (-not (Test-Path $f)) { throw "No such pack: $p" }
    "# pack: $p"
    Get-Content $f
}
$block = @($begin) + $body + @($end) -join "`n"

if ($Preview) { "Target: $target`n"; $block; return }

New-Item -ItemType Directory -Force -Path (Split-Path $target) | Out-Null
if (Test-Path $target) { Copy-Item $target "$target.bak" -Force }
Set-Content -Path $target -Value (($without, $block | Where-Object { $_ }) -join "`n`n") -NoNewline
"Updated $target. Open a new terminal to use: $($Packs -join ', ')"
