param(
  [Parameter(Mandatory=$true)][string]$In,
  [Parameter(Mandatory=$true)][ValidateSet('pdf','docx','odt','txt','csv','xlsx','html')][string]$To,
  [string]$Sheet
)
$ErrorActionPreference = 'Stop'
$src = (Resolve-Path $In).Path
$dir = Split-Path $src -Parent
$base = [IO.Path]::GetFileNameWithoutExtension($src)
$ext = [IO.Path]::GetExtension($src).ToLower()
$out = Join-Path $dir "$base.converted.$To"

function Convert-Word($path, $target) {
  $fmt = @{ pdf = 17; docx = 16; odt = 23; txt = 7; html = 8 }[$target]
  $w = New-Object -ComObject Word.Application
  $w.Visible = $false
  try {
    $d = $w.Documents.Open($path, $false, $true)
    $d.SaveAs2($out, $fmt)
    $d.Close($false)
  } finally { $w.Quit() }
}

function Convert-Excel($path, $target) {
  $x = New-Object -ComObject Excel.Application
  $x.Visible = $false; $x.DisplayAlerts = $false
  try {
    $wb = $x.Workbooks.Open($path, 0, $true)
    if ($Sheet) { $wb.Worksheets.Item($Sheet).Activate() }
    switch ($target) {
      'csv'  { $wb.ActiveSheet.SaveAs($out, 62) }
      'pdf'  { $wb.ExportAsFixedFormat(0, $out) }
      'xlsx' { $wb.SaveAs($out, 51) }
      default { throw "Excel -> $target wird nicht unterstützt" }
    }
    $wb.Close($false)
  } finally { $x.Quit() }
}

function Convert-PowerPoint($path, $target) {
  $p = New-Object -ComObject PowerPoint.Application
  try {
    $pr = $p.Presentations.Open($path, $true, $false, $false)
    if ($target -eq 'pdf') { $pr.SaveAs($out, 32) }
    elseif ($target -eq 'txt') {
      $sb = New-Object Text.StringBuilder
      $i = 1
      foreach ($s in $pr.Slides) {
        [void]$sb.AppendLine("--- Folie $i")
        foreach ($sh in $s.Shapes) { if ($sh.HasTextFrame) { [void]$sb.AppendLine($sh.TextFrame.TextRange.Text) } }
        $i++
      }
      Set-Content -Path $out -Value $sb.ToString() -Encoding UTF8
    } else { throw "PowerPoint -> $target wird nicht unterstützt" }
    $pr.Close()
  } finally { $p.Quit() }
}

try {
  switch -Regex ($ext) {
    '\.(docx?|odt|rtf)$' { Convert-Word $src $To }
    '\.(xlsx?|ods|csv)$' { Convert-Excel $src $To }
    '\.(pptx?|odp)$'     { Convert-PowerPoint $src $To }
    default { throw "Unbekanntes Format: $ext" }
  }
  Write-Output "OK: $out"
} catch [System.Runtime.InteropServices.COMException] {
  Write-Output "Office-Konvertierungskomponente nicht registriert (0x80040154). Siehe Fehlerbehebung in SKILL.md."
  exit 3
}
