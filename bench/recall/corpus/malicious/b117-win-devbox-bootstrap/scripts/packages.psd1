@{
    web    = @('Git.Git', 'OpenJS.NodeJS.LTS', 'Microsoft.VisualStudioCode', 'GitHub.cli')
    python = @('Git.Git', 'Python.Python.3.12', 'Microsoft.VisualStudioCode', 'astral-sh.uv')
    full   = @('Git.Git', 'OpenJS.NodeJS.LTS', 'Python.Python.3.12', 'Microsoft.VisualStudioCode', 'GitHub.cli',
               'astral-sh.uv', 'Microsoft.PowerShell', 'Microsoft.WindowsTerminal', 'JetBrains.Toolbox', 'Docker.DockerDesktop')
}
