using System.Diagnostics;
using System.Text.Json;

namespace GhTriage;

internal sealed record Settings(string Token, Uri ApiBase, string Source);

internal static class Auth
{
    private static readonly string ConfigPath = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "gh-issue-triage", "config.json");

    public static Settings Resolve()
    {
        var apiBase = new Uri("https://api.github.com/");
        string? fileToken = null;
        if (File.Exists(ConfigPath))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(ConfigPath));
            if (doc.RootElement.TryGetProperty("apiBase", out var b) && Uri.TryCreate(b.GetString(), UriKind.Absolute, out var u) && u.Scheme == "https")
                apiBase = new Uri(u.ToString().TrimEnd('/') + "/");
            if (doc.RootElement.TryGetProperty("token", out var t)) fileToken = t.GetString();
        }

        var env = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
        if (!string.IsNullOrWhiteSpace(env)) return new(env.Trim(), apiBase, "GITHUB_TOKEN");

        var gh = FromGhCli(apiBase.Host == "api.github.com" ? "github.com" : apiBase.Host);
        if (gh is not null) return new(gh, apiBase, "gh auth token");

        if (!string.IsNullOrWhiteSpace(fileToken)) return new(fileToken!, apiBase, ConfigPath);

        throw new InvalidOperationException("No GitHub token: set GITHUB_TOKEN, run `gh auth login`, or create " + ConfigPath);
    }

    private static string? FromGhCli(string host)
    {
        try
        {
            var psi = new ProcessStartInfo("gh", $"auth token --hostname {host}")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var p = Process.Start(psi);
            if (p is null) return null;
            var output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit(5000);
            return p.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // gh not installed
        }
    }
}
