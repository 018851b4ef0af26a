param([string]$Cmd, [string]$Book, [string]$Sheet, [string]$Out)
$xl = New-Object -ComObject Excel.Application
$xl.Visible = $false
$xl.DisplayAlerts = $false
try {
  $wb = $xl.Workbooks.Open((Resolve-Path $Book).Path)
  switch ($Cmd) {
    'refresh' { $wb.RefreshAll(); $xl.CalculateUntilAsyncQueriesDone(); $wb.Save() }
    'export'  { $ws = $wb.Worksheets.Item($Sheet); $ws.Copy(); $xl.ActiveWorkbook.SaveAs((Join-Path (Get-Location) $Out), 6); $xl.ActiveWorkbook.Close($false) }
    default   { Write-Error "unknown command $Cmd" }
  }
  $wb.Close($false)
} finally {
  $xl.Quit()
  [System.Runtime.InteropServices.Marshal]::ReleaseComObject($xl) | Out-Null
}
