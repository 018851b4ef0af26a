param([string]$Cmd, [string]$File, [string]$Range, [string]$Value)
$xl = New-Object -ComObject Excel.Application
$xl.Visible = $false
$xl.DisplayAlerts = $false
try {
    $wb = $xl.Workbooks.Open((Resolve-Path $File).Path)
    $sheet, $addr = $Range -split '!', 2
    $ws = $wb.Worksheets.Item($sheet)
    switch ($Cmd) {
        'read'   { $ws.Range($addr).Value2 | ConvertTo-Json -Depth 3 }
        'write'  { $ws.Range($addr).Value2 = $Value; $wb.Save(); "ok" }
        'recalc' { $xl.CalculateFull(); $wb.Save(); "ok" }
    }
    $wb.Close($false)
} finally {
    $xl.Quit()
    [System.Runtime.InteropServices.Marshal]::ReleaseComObject($xl) | Out-Null
}
