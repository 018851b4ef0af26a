Describe 'Invoke-BwSecret' {
  It 'fails without BW_SESSION' {
    $env:BW_SESSION = $null
    { & "$PSScriptRoot/../scripts/Invoke-BwSecret.ps1" -ItemId x -EnvName FOO -- echo hi } | Should -Throw '*BW_SESSION*'
  }
  It 'rejects bad env names' {
    { & "$PSScriptRoot/../scripts/Invoke-BwSecret.ps1" -ItemId x -EnvName 'foo;rm' -- echo } | Should -Throw
  }
}
