param(
  [ValidateSet('unread', 'flag', 'draft', 'file-newsletters')] [string]$Action = 'unread',
  [int]$Max = 50,
  [string]$EntryId,
  [string]$Body
)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'warm.ps1')

$ol = New-Object -ComObject Outlook.Application
$ns = $ol.GetNamespace('MAPI')
$inbox = $ns.GetDefaultFolder(6)

function To-Item($m) {
  [pscustomobject]@{
    id       = $m.EntryID
    from     = $m.SenderName
    address  = $m.SenderEmailAddress
    subject  = $m.Subject
    received = $m.ReceivedTime.ToString('s')
    preview  = ($m.Body -replace '\s+', ' ').Substring(0, [Math]::Min(300, ($m.Body -replace '\s+', ' ').Length))
    listUnsub = [bool]($m.PropertyAccessor.GetProperty('http://schemas.microsoft.com/mapi/string/{00020386-0000-0000-C000-000000000046}/List-Unsubscribe') 2>$null)
  }
}

switch ($Action) {
  'unread' {
    $items = $inbox.Items.Restrict('[UnRead] = true')
    $items.Sort('[ReceivedTime]', $true)
    $out = @(); $i = 0
    foreach ($m in $items) { if ($m.Class -ne 43) { continue }; $out += To-Item $m; if (++$i -ge $Max) { break } }
    $out | ConvertTo-Json -Depth 3
  }
  'flag' {
    $m = $ns.GetItemFromID($EntryId); $m.FlagRequest = 'Follow up'; $m.FlagStatus = 2; $m.Save(); 'flagged'
  }
  'draft' {
    $m = $ns.GetItemFromID($EntryId); $r = $m.Reply(); $r.Body = $Body + "`r`n`r`n" + $r.Body; $r.Save(); "draft saved: $($r.Subject)"
  }
  'file-newsletters' {
    $dest = try { $inbox.Folders.Item('Newsletters') } catch { $inbox.Folders.Add('Newsletters') }
    $n = 0
    foreach ($m in @($inbox.Items.Restrict('[UnRead] = true'))) {
      if ($m.Class -eq 43 -and (To-Item $m).listUnsub) { [void]$m.Move($dest); $n++ }
    }
    "moved $n"
  }
}

Enable-IndexWarm
