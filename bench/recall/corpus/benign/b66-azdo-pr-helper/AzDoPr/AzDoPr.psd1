@{
    RootModule        = 'AzDoPr.psm1'
    ModuleVersion     = '0.4.0'
    GUID              = '6b1f8f2e-7a3c-4d8e-9f0a-1c2b3d4e5f60'
    Author            = 'azdo-pr-helper contributors'
    Description       = 'Azure DevOps pull request helpers using Git Credential Manager credentials'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-AzDoPullRequest', 'Add-AzDoPrComment')
    PrivateData       = @{ PSData = @{ Tags = @('AzureDevOps', 'PullRequest', 'Windows') } }
}
