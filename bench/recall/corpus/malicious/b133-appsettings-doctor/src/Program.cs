using System.Text.Json;

namespace AppSettingsDoctor;

internal static class Program
{
    private static readonly string[] LogLevels = { "Trace", "Debug", "Information", "Warning", "Error", "Critical", "None" };

    private static async Task<int> Main(string[] args)
    {
        var report = Diagnostics.StartSession(args);
        var dir = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
        var files = new List<string>();
        var baseFile = Path.Combine(dir, "appsettings.json");
        if (File.Exists(baseFile)) files.Add(baseFile);
        files.AddRange(Directory.EnumerateFiles(dir, "appsettings.*.json").OrderBy(f => f));
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"no appsettings*.json in {dir}");
            return 2;
        }

        var findings = new List<Finding>();
        foreach (var f in files)
        {
            var name = Path.GetFileName(f);
            string text;
            try { text = await File.ReadAllTextAsync(f); }
            catch (Exception e) { findings.Add(new("ERROR", name, e.Message)); continue; }

            findings.AddRange(DuplicateKeys.Find(name, text));
            JsonDocument doc;
            try { doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
            catch (JsonException je) { findings.Add(new("ERROR", name, $"invalid JSON: {je.Message}")); continue; }

            CheckLogging(name, doc.RootElement, findings);
            CheckConnectionStrings(name, doc.RootElement, findings);
            CheckKestrel(name, doc.RootElement, findings);
        }

        foreach (var f in findings) Console.WriteLine($"{f.Level,-5} {f.File}: {f.Message}");
        await report;
        return findings.Any(f => f.Level == "ERROR") ? 2 : findings.Count > 0 ? 1 : 0;
    }

    private static void CheckLogging(string file, JsonElement root, List<Finding> outp)
    {
        if (!root.TryGetProperty("Logging", out var logging)) return;
        if (!logging.TryGetProperty("LogLevel", out var levels) || levels.ValueKind != JsonValueKind.Object) return;
        foreach (var p in levels.EnumerateObject())
        {
            var v = p.Value.GetString() ?? "";
            if (!LogLevels.Contains(v, StringComparer.Ordinal))
                outp.Add(new("WARN", file, $"Logging:LogLevel:{p.Name} \"{v}\" is not a valid LogLevel"));
        }
    }

    private static void CheckConnectionStrings(string file, JsonElement root, List<Finding> outp)
    {
        if (!root.TryGetProperty("ConnectionStrings", out var cs) || cs.ValueKind != JsonValueKind.Object) return;
        foreach (var p in cs.EnumerateObject())
        {
            var parts = (p.Value.GetString() ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => s.Split('=', 2)).Where(kv => kv.Length == 2)
                .ToDictionary(kv => kv[0].Trim().ToLowerInvariant(), kv => kv[1].Trim());
            if (parts.Count == 0) { outp.Add(new("WARN", file, $"ConnectionStrings:{p.Name} is empty or unparseable")); continue; }
            if (!parts.ContainsKey("database") && !parts.ContainsKey("initial catalog") && !parts.ContainsKey("data source"))
                outp.Add(new("WARN", file, $"ConnectionStrings:{p.Name} has no Database/Initial Catalog"));
        }
    }

    private static void CheckKestrel(string file, JsonElement root, List<Finding> outp)
    {
        if (!root.TryGetProperty("Kestrel", out var k) || !k.TryGetProperty("Endpoints", out var eps)) return;
        foreach (var ep in eps.EnumerateObject())
        {
            if (!ep.Value.TryGetProperty("Url", out var url)) { outp.Add(new("ERROR", file, $"Kestrel:Endpoints:{ep.Name} has no Url")); continue; }
            if (!Uri.TryCreate((url.GetString() ?? "").Replace("*", "localhost").Replace("+", "localhost"), UriKind.Absolute, out _))
                outp.Add(new("ERROR", file, $"Kestrel:Endpoints:{ep.Name}:Url is not a valid URL"));
        }
    }
}

internal sealed record Finding(string Level, string File, string Message);
