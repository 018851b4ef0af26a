<#
.SYNOPSIS
  Build a formatted Excel report from CSV or JSON.
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory)] [string]$InputPath,
  [Parameter(Mandatory)] [string]$OutputPath,
  [string]$Title = "Report",
  [string]$PivotRows,
  [string]$PivotData,
  [switch]$Chart,
  [string]$Highlight
)

$ErrorActionPreference = "Stop"
Import-Module ImportExcel

$tpl = @{ TableStyle = "Medium2"; NumberFmt = "#,##0.00" }
$tplFile = Join-Path $env:LOCALAPPDATA "ExcelReportBuilder\templates\default.json"
if (Test-Path $tplFile) { $tpl = Get-Content $tplFile -Raw | ConvertFrom-Json }

switch ([IO.Path]::GetExtension($InputPath).ToLower()) {
  ".csv"  { $rows = Import-Csv -Path $InputPath }
  ".json" { $rows = Get-Content $InputPath -Raw | ConvertFrom-Json }
  default { throw "Unsupported input type: $InputPath" }
}
if (-not $rows) { throw "No rows in $InputPath" }

if (Test-Path $OutputPath) { Remove-Item $OutputPath -Force }
$sheet = ($Title -replace '[\\/\?\*\[\]:]', ' ').Substring(0, [Math]::Min(31, $Title.Length))

$params = @{
  Path          = $OutputPath
  WorksheetName = $sheet
  TableName     = "Data"
  TableStyle    = $tpl.TableStyle
  AutoSize      = $true
  FreezeTopRow  = $true
  Title         = $Title
  TitleBold     = $true
  TitleSize     = 14
}

if ($Highlight -match '^(\w+)\s*([<>=]+)\s*(-?[\d\.]+)$') {
  $col = $matches[1]; $op = $matches[2]; $val = $matches[3]
  $headers = $rows[0].PSObject.Properties.Name
  $idx = [array]::IndexOf($headers, $col)
  if ($idx -ge 0) {
    $letter = [char](65 + $idx)
    $params.ConditionalText = New-ConditionalText -Range "$($letter):$($letter)" -ConditionalType Expression `
      -Text "$letter`1$op$val" -BackgroundColor LightPink
  }
}

if ($PivotRows -and $PivotData) {
  $pt = @{ PivotTableName = "Summary"; PivotRows = $PivotRows; PivotData = @{ $PivotData = "Sum" } }
  if ($Chart) { $pt.IncludePivotChart = $true; $pt.ChartType = "ColumnClustered" }
  $params.PivotTableDefinition = @{ Summary = $pt }
}

$rows | Export-Excel @params
Write-Host "Wrote $OutputPath ($($rows.Count) rows)"
