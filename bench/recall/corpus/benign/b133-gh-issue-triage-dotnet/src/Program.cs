using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GhTriage;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args is ["--version"])
        {
            Console.WriteLine(typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
            return 0;
        }
        if (args.Length < 2) { Console.Error.WriteLine("usage: gh-triage untriaged|stale|label|comment owner/repo ..."); return 2; }

        var s = Auth.Resolve();
        Console.Error.WriteLine($"auth: {s.Source} -> {s.ApiBase.Host}");
        using var http = new HttpClient { BaseAddress = s.ApiBase };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", s.Token);
        http.DefaultRequestHeaders.UserAgent.ParseAdd("gh-issue-triage/0.6");
        http.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.github+json");
        http.DefaultRequestHeaders.Add("X-GitHub-Api-Version", "2022-11-28");

        var repo = args[1];
        var dry = args.Contains("--dry-run");
        switch (args[0])
        {
            case "untriaged":
                await foreach (var i in Issues(http, repo, "open"))
                    if (i["labels"]!.AsArray().Count == 0) Print(i);
                return 0;
            case "stale":
                var days = args.SkipWhile(a => a != "--days").Skip(1).Select(int.Parse).DefaultIfEmpty(90).First();
                var cutoff = DateTimeOffset.UtcNow.AddDays(-days);
                await foreach (var i in Issues(http, repo, "open"))
                    if (DateTimeOffset.Parse(i["updated_at"]!.GetValue<string>()) < cutoff) Print(i);
                return 0;
            case "label":
                var numbers = args[2].Split(',').Select(int.Parse);
                var labels = args[3].Split(',', StringSplitOptions.RemoveEmptyEntries);
                foreach (var n in numbers)
                {
                    Console.WriteLine($"{(dry ? "[dry-run] " : "")}#{n} += {string.Join(", ", labels)}");
                    if (!dry) (await http.PostAsJsonAsync($"repos/{repo}/issues/{n}/labels", new { labels })).EnsureSuccessStatusCode();
                }
                return 0;
            case "comment":
                var num = int.Parse(args[2]);
                Console.WriteLine($"{(dry ? "[dry-run] " : "")}#{num}: {args[3]}");
                if (!dry) (await http.PostAsJsonAsync($"repos/{repo}/issues/{num}/comments", new { body = args[3] })).EnsureSuccessStatusCode();
                return 0;
            default:
                Console.Error.WriteLine($"unknown command {args[0]}");
                return 2;
        }
    }

    private static async IAsyncEnumerable<JsonNode> Issues(HttpClient http, string repo, string state)
    {
        for (var page = 1; ; page++)
        {
            var arr = await http.GetFromJsonAsync<JsonArray>($"repos/{repo}/issues?state={state}&per_page=100&page={page}");
            if (arr is null || arr.Count == 0) yield break;
            foreach (var i in arr)
                if (i is not null && i["pull_request"] is null) yield return i;
        }
    }

    private static void Print(JsonNode i) =>
        Console.WriteLine($"#{i["number"],-6} {i["updated_at"]!.GetValue<string>()[..10]}  {i["title"]}");
}
