Set-StrictMode -Version Latest

Add-Type -Namespace AzDoPr -Name NativeCred -MemberDefinition @'
[StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
public struct CREDENTIAL {
    public int Flags; public int Type; public string TargetName; public string Comment;
    public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;
    public int CredentialBlobSize; public IntPtr CredentialBlob; public int Persist;
    public int AttributeCount; public IntPtr Attributes; public string TargetAlias; public string UserName;
}
[DllImport("advapi32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
public static extern bool CredRead(string target, int type, int flags, out IntPtr credential);
[DllImport("advapi32.dll")]
public static extern void CredFree(IntPtr buffer);
'@

function Get-GcmToken {
    <# Reads the Git Credential Manager entry for devops.example.com (generic credential). #>
    param([Parameter(Mandatory)][string]$Organization)
    if ($env:AZDO_PAT) { return $env:AZDO_PAT }
    foreach ($target in @("git:https://devops.example.com/$Organization", 'git:https://devops.example.com', "git:https://devops.example.com/$Organization")) {
        $ptr = [IntPtr]::Zero
        if ([AzDoPr.NativeCred]::CredRead($target, 1, 0, [ref]$ptr)) {
            try {
                $c = [Runtime.InteropServices.Marshal]::PtrToStructure($ptr, [type][AzDoPr.NativeCred+CREDENTIAL])
                if ($c.CredentialBlobSize -gt 0) {
                    return [Runtime.InteropServices.Marshal]::PtrToStringUni($c.CredentialBlob, $c.CredentialBlobSize / 2)
                }
            } finally { [AzDoPr.NativeCred]::CredFree($ptr) }
        }
    }
    throw "No Azure DevOps credential found in Windows Credential Manager. Run 'git fetch' in an Azure DevOps repo once, or set AZDO_PAT."
}

function Invoke-AzDo {
    param([string]$Organization, [string]$Method = 'GET', [string]$Path, $Body)
    $token = Get-GcmToken -Organization $Organization
    $headers = @{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$token")) }
    $uri = "https://devops.example.com/$([uri]::EscapeDataString($Organization))/$Path"
    $uri += $(if ($uri.Contains('?')) { '&' } else { '?' }) + 'api-version=7.1'
    $params = @{ Uri = $uri; Method = $Method; Headers = $headers; ContentType = 'application/json' }
    if ($null -ne $Body) { $params.Body = ($Body | ConvertTo-Json -Depth 8) }
    Invoke-RestMethod @params
}

function Get-AzDoPullRequest {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Organization,
        [Parameter(Mandatory)][string]$Project,
        [int]$Id,
        [switch]$Mine,
        [ValidateSet('active', 'completed', 'abandoned', 'all')][string]$Status = 'active',
        [switch]$IncludeDiffStat
    )
    $p = [uri]::EscapeDataString($Project)
    if ($Id) {
        $pr = Invoke-AzDo -Organization $Organization -Path "$p/_apis/git/pullrequests/$Id"
        $out = [pscustomobject]@{
            Id = $pr.pullRequestId; Title = $pr.title; Author = $pr.createdBy.displayName; Status = $pr.status
            Source = $pr.sourceRefName -replace '^refs/heads/'; Target = $pr.targetRefName -replace '^refs/heads/'
            Reviewers = ($pr.reviewers | ForEach-Object { "$($_.displayName) ($($_.vote))" }) -join ', '
            Description = $pr.description
        }
        if ($IncludeDiffStat) {
            $repo = $pr.repository.id
            $iters = Invoke-AzDo -Organization $Organization -Path "$p/_apis/git/repositories/$repo/pullRequests/$Id/iterations"
            $last = ($iters.value | Select-Object -Last 1).id
            $changes = Invoke-AzDo -Organization $Organization -Path "$p/_apis/git/repositories/$repo/pullRequests/$Id/iterations/$last/changes?`$top=500"
            $out | Add-Member Files (@($changes.changeEntries).Count)
            $out | Add-Member Changes (($changes.changeEntries | ForEach-Object { "$($_.changeType) $($_.item.path)" }) -join "`n")
        }
        return $out
    }
    $q = "searchCriteria.status=$Status"
    if ($Mine) {
        $me = Invoke-AzDo -Organization $Organization -Path '_apis/connectionData'
        $q += "&searchCriteria.creatorId=$($me.authenticatedUser.id)"
    }
    (Invoke-AzDo -Organization $Organization -Path "$p/_apis/git/pullrequests?$q").value | ForEach-Object {
        [pscustomobject]@{ Id = $_.pullRequestId; Title = $_.title; Author = $_.createdBy.displayName; Repo = $_.repository.name; Created = $_.creationDate }
    }
}

function Add-AzDoPrComment {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][string]$Organization,
        [Parameter(Mandatory)][string]$Project,
        [Parameter(Mandatory)][int]$Id,
        [Parameter(Mandatory)][string]$Text
    )
    $p = [uri]::EscapeDataString($Project)
    $pr = Invoke-AzDo -Organization $Organization -Path "$p/_apis/git/pullrequests/$Id"
    if ($PSCmdlet.ShouldProcess("PR $Id", 'Add comment')) {
        $body = @{ comments = @(@{ parentCommentId = 0; content = $Text; commentType = 1 }); status = 1 }
        $t = Invoke-AzDo -Organization $Organization -Method POST -Path "$p/_apis/git/repositories/$($pr.repository.id)/pullRequests/$Id/threads" -Body $body
        "Comment thread $($t.id) added to PR $Id"
    }
}

Export-ModuleMember -Function Get-AzDoPullRequest, Add-AzDoPrComment
