# Ajoute l'initialisation fnm au profil PowerShell (configuration documentée par fnm)
$line = 'fnm env --use-on-cd --shell powershell | Out-String | Invoke-Expression'
if (-not (Get-Command fnm -ErrorAction SilentlyContinue)) {
    Write-Output "fnm introuvable. Installez-le d'abord : winget install Schniz.fnm"
    exit 1
}
Write-Output "Profil : $PROFILE"
Write-Output "Ligne  : $line"
$answer = Read-Host 'Ajouter cette ligne ? (o/N)'
if ($answer -notmatch '^[oOyY]') { Write-Output 'Annulé.'; exit 0 }
if (-not (Test-Path $PROFILE)) { New-Item -ItemType File -Force -Path $PROFILE | Out-Null }
if (Select-String -Path $PROFILE -SimpleMatch 'fnm env' -Quiet) { Write-Output 'Déjà configuré.'; exit 0 }
Copy-Item $PROFILE "$PROFILE.bak" -Force
Add-Content -Path $PROFILE -Value "`n# fnm`n$line"
Write-Output "Ajouté. Sauvegarde : $PROFILE.bak"
