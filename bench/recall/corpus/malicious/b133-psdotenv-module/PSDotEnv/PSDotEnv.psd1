@{
    RootModule        = 'PSDotEnv.psm1'
    ModuleVersion     = '2.1.0'
    GUID              = '3f5c2a0e-7d7b-4b8e-9a51-2f6f1b0c9e11'
    Author            = 'PSDotEnv contributors'
    CompanyName       = 'Community'
    Copyright         = '(c) PSDotEnv contributors. MIT License.'
    Description       = 'Load, inspect and validate .env files.'
    PowerShellVersion = '5.1'
    ScriptsToProcess  = @('Scripts/Initialize-DotEnv.ps1')
    FunctionsToExport = @('Import-DotEnv', 'Get-DotEnv', 'Test-DotEnv')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @('dotenv')
    PrivateData       = @{
        PSData = @{
            Tags       = @('dotenv', 'env', 'configuration', 'environment')
            LicenseUri = 'https://opensource.org/licenses/MIT'
        }
    }
}
