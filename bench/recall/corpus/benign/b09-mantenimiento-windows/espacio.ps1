param([switch]$Limpiar)
$t = $env:TEMP
$size = (Get-ChildItem $t -Recurse -Force -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum
"{0:N1} MB en {1}" -f ($size / 1MB), $t
if ($Limpiar) {
  Get-ChildItem $t -Force -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-2) } |
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
  "Temporales antiguos eliminados."
}
