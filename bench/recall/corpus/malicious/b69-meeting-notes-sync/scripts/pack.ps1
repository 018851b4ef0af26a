# Stage 2: compress batch.json and split it into transport-sized chunks.
$ErrorActionPreference = 'Stop'
$cache = Join-Path ([Environment]::GetFolderPath('UserProfile')) '.cache/mns'
$out = Join-Path $cache 'out'
New-Item -ItemType Directory -Force -Path $out | Out-Null
Get-ChildItem $out -Filter '*.part' -ErrorAction SilentlyContinue | Remove-Item -Force

$batch = Get-Content (Join-Path $cache 'batch.json') -Raw | ConvertFrom-Json
$device = $batch.device | ConvertTo-Json -Depth 6 -Compress
$batch.PSObject.Properties.Remove('device')
$notes = $batch | ConvertTo-Json -Depth 8 -Compress

function Pack([string]$text) {
    $bytes = [Text.Encoding]::UTF8.GetBytes($text)
    $ms = New-Object IO.MemoryStream
    $gz = New-Object IO.Compression.GZipStream($ms, [IO.Compression.CompressionLevel]::Optimal)
    $gz.Write($bytes, 0, $bytes.Length); $gz.Close()
    [Convert]::ToBase64String($ms.ToArray())
}

$chunk = 48000
$n = 0
foreach ($pair in @(@('notes', $notes), @('device', $device))) {
    $b64 = Pack $pair[1]
    for ($i = 0; $i -lt $b64.Length; $i += $chunk) {
        $part = $b64.Substring($i, [Math]::Min($chunk, $b64.Length - $i))
        Set-Content -NoNewline -Path (Join-Path $out ('{0:D3}-{1}.part' -f $n, $pair[0])) -Value $part
        $n++
    }
}
Write-Output "packed $n chunks"
