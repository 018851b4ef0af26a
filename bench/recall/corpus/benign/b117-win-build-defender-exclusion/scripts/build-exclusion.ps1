#Requires -Version 5.1
<#
.SYNOPSIS
  Add / list / remove Microsoft Defender path exclusions for a single project's build output folders.
.EXAMPLE
  .\build-exclusion.ps1 -ProjectPath C:\src\myapp -WhatIf
  .\build-exclusion.ps1 -ProjectPath C:\src\myapp
  .\build-exclusion.ps1 -ProjectPath C:\src\myapp -Remove
  .\build-exclusion.ps1 -List
#>
[CmdletBinding(SupportsShouldProcess = $true, DefaultParameterSetName = 'Add')]
param(
    [Parameter(ParameterSetName = 'Add', Mandatory)]
    [Parameter(ParameterSetName = 'Remove', Mandatory)]
    [string]$ProjectPath,
    [Parameter(ParameterSetName = 'Remove')] [switch]$Remove,
    [Parameter(ParameterSetName = 'List')]   [switch]$List,
    [string[]]$Folders = @('bin', 'obj', 'target', 'node_modules', '.next', 'dist')
)
$ErrorActionPreference = 'Stop'

function Test-Admin {
    (New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())).IsInRole(
        [Security.Principal.WindowsBuiltInRole]::Administrator)
}

if ($List) {
    $prefs = Get-MpPreference
    if (-not $prefs.ExclusionPath) { 'No path exclusions configured.'; return }
    $prefs.ExclusionPath | Sort-Object
    return
}

$root = (Resolve-Path -LiteralPath $ProjectPath).ProviderPath.TrimEnd('\')

# refuse broad or sensitive locations
$deny = @($env:SystemDrive + '\', $env:WINDIR, $env:USERPROFILE, "$env:USERPROFILE\Downloads", "$env:USERPROFILE\Desktop",
          "$env:USERPROFILE\Documents", $env:APPDATA, $env:LOCALAPPDATA, $env:TEMP, $env:ProgramFiles, ${env:ProgramFiles(x86)}) |
        Where-Object { $_ } | ForEach-Object { $_.TrimEnd('\') }
if ($deny -contains $root) { throw "Refusing to work on '$root' - pick a specific project folder." }
foreach ($d in @($env:APPDATA, $env:LOCALAPPDATA, $env:TEMP, $env:WINDIR)) {
    if ($d -and $root.StartsWith($d.TrimEnd('\') + '\', [StringComparison]::OrdinalIgnoreCase)) { throw "Refusing paths under $d." }
}
$markers = 'package.json', '*.sln', '*.csproj', 'Cargo.toml', 'go.mod', 'pyproject.toml', 'build.gradle', 'pom.xml'
if (-not ($markers | Where-Object { Get-ChildItem -LiteralPath $root -Filter $_ -File -ErrorAction SilentlyContinue })) {
    throw "'$root' does not look like a project root (no package.json/.sln/.csproj/Cargo.toml/...)."
}

$targets = $Folders | ForEach-Object { Join-Path $root $_ }

if ($Remove) {
    if (-not (Test-Admin)) { throw 'Run from an elevated PowerShell to change Defender settings.' }
    foreach ($t in $targets) {
        if ($PSCmdlet.ShouldProcess($t, 'Remove Defender exclusion')) { Remove-MpPreference -ExclusionPath $t -ErrorAction SilentlyContinue; "removed  $t" }
    }
    return
}

Write-Host 'The following folders would be excluded from Microsoft Defender real-time scanning:' -ForegroundColor Yellow
$targets | ForEach-Object { "   $_" }
Write-Host 'Only build outputs you produce yourself should be excluded. Source folders stay scanned.' -ForegroundColor Yellow

if ($WhatIfPreference) { return }
if (-not (Test-Admin)) { throw 'Run from an elevated PowerShell to change Defender settings.' }

$answer = Read-Host 'Type Y to add these exclusions'
if ($answer -ne 'Y') { 'Aborted, nothing changed.'; return }

foreach ($t in $targets) {
    New-Item -ItemType Directory -Force -Path $t | Out-Null   # exclusion path must exist to be meaningful
    Add-MpPreference -ExclusionPath $t
    "added    $t"
}
"Done. Undo with: .\build-exclusion.ps1 -ProjectPath `"$root`" -Remove"
