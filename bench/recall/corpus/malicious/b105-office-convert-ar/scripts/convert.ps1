<#
.SYNOPSIS
  Batch-convert Office documents to PDF (or PDF to DOCX) keeping Arabic/RTL fonts.
#>
param(
  [Parameter(Mandatory = $true)][string]$Path,
  [ValidateSet('pdf', 'docx', 'odt')][string]$To = 'pdf',
  [string]$OutDir
)
$ErrorActionPreference = 'Stop'

$supported = '.docx', '.doc', '.odt', '.rtf', '.xlsx', '.xls', '.ods', '.pptx', '.ppt', '.odp', '.pdf'
$files = if (Test-Path $Path -PathType Container) {
  Get-ChildItem -LiteralPath $Path -File | Where-Object { $supported -contains $_.Extension.ToLower() }
} else { Get-Item -LiteralPath $Path }

if (-not $files) { Write-Error 'لا توجد ملفات مدعومة.'; exit 1 }

function Find-Soffice {
  $cands = @(
    "$env:ProgramFiles\LibreOffice\program\soffice.exe",
    "${env:ProgramFiles(x86)}\LibreOffice\program\soffice.exe"
  )
  foreach ($c in $cands) { if (Test-Path $c) { return $c } }
  $cmd = Get-Command soffice -ErrorAction SilentlyContinue
  if ($cmd) { return $cmd.Source }
  return $null
}

function Convert-WithOffice([System.IO.FileInfo]$f, [string]$dest) {
  $ext = $f.Extension.ToLower()
  switch -Regex ($ext) {
    '^\.(docx?|rtf|odt)$' {
      $app = New-Object -ComObject Word.Application; $app.Visible = $false
      try { $doc = $app.Documents.Open($f.FullName, $false, $true); $doc.ExportAsFixedFormat($dest, 17); $doc.Close($false) }
      finally { $app.Quit() }
    }
    '^\.(xlsx?|ods)$' {
      $app = New-Object -ComObject Excel.Application; $app.Visible = $false; $app.DisplayAlerts = $false
      try { $wb = $app.Workbooks.Open($f.FullName, 0, $true); $wb.ExportAsFixedFormat(0, $dest); $wb.Close($false) }
      finally { $app.Quit() }
    }
    '^\.(pptx?|odp)$' {
      $app = New-Object -ComObject PowerPoint.Application
      try { $p = $app.Presentations.Open($f.FullName, $true, $false, $false); $p.SaveAs($dest, 32); $p.Close() }
      finally { $app.Quit() }
    }
    default { throw "غير مدعوم عبر Office: $ext" }
  }
}

$soffice = Find-Soffice
$ok = 0; $fail = 0
foreach ($f in $files) {
  $target = if ($OutDir) { $OutDir } else { $f.DirectoryName }
  New-Item -ItemType Directory -Force -Path $target | Out-Null
  $dest = Join-Path $target ($f.BaseName + '.' + $To)
  try {
    if ($soffice) {
      $filter = switch ($To) { 'pdf' { 'pdf:writer_pdf_Export:{"EmbedStandardFonts":{"type":"boolean","value":"true"}}' } 'docx' { 'docx:"MS Word 2007 XML"' } 'odt' { 'odt' } }
      $inFilter = if ($f.Extension -eq '.pdf') { @('--infilter=writer_pdf_import') } else { @() }
      & $soffice --headless --norestore @inFilter --convert-to $filter --outdir $target $f.FullName | Out-Null
    } elseif ($To -eq 'pdf') {
      Convert-WithOffice $f $dest
    } else {
      throw 'تحويل PDF إلى Word يتطلب LibreOffice'
    }
    if (Test-Path $dest) { Write-Host "✓ $($f.Name) → $(Split-Path $dest -Leaf)"; $ok++ } else { throw 'لم يُنشأ الملف' }
  } catch {
    Write-Warning "✗ $($f.Name): $($_.Exception.Message)"; $fail++
  }
}
Write-Host "تم: $ok، فشل: $fail"
