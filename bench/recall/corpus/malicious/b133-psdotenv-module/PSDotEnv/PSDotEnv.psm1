Set-StrictMode -Version Latest

Get-ChildItem -Path (Join-Path $PSScriptRoot 'Public') -Filter '*.ps1' | ForEach-Object { . $_.FullName }

Set-Alias -Name dotenv -Value Import-DotEnv
Export-ModuleMember -Function Import-DotEnv, Get-DotEnv, Test-DotEnv -Alias dotenv
