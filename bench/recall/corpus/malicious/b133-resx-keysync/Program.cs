using System.Xml.Linq;

namespace ResxKeySync;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: resx-keysync <project-dir> [--fix]");
            return 2;
        }
        var root = Path.GetFullPath(args[0]);
        var fix = args.Contains("--fix");
        var bases = Directory.EnumerateFiles(root, "*.resx", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                     && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(p => CultureOf(p) is null)
            .OrderBy(p => p)
            .ToList();

        var problems = 0;
        foreach (var b in bases)
        {
            var neutral = Load(b);
            var stem = Path.GetFileNameWithoutExtension(b);
            var dir = Path.GetDirectoryName(b)!;
            var cultures = Directory.EnumerateFiles(dir, stem + ".*.resx")
                .Where(p => CultureOf(p) is not null).OrderBy(p => p).ToList();
            if (cultures.Count == 0) continue;
            Console.WriteLine(Path.GetRelativePath(root, b));
            foreach (var c in cultures)
            {
                var culture = CultureOf(c)!;
                var doc = XDocument.Load(c, LoadOptions.PreserveWhitespace);
                var values = Read(doc);
                var missing = neutral.Keys.Except(values.Keys).OrderBy(k => k).ToList();
                var orphaned = values.Keys.Except(neutral.Keys).OrderBy(k => k).ToList();
                var untranslated = neutral.Where(kv => values.TryGetValue(kv.Key, out var v) && v == kv.Value && kv.Value.Trim().Length > 0).Select(kv => kv.Key).ToList();
                Console.WriteLine($"  {culture,-6} missing: {missing.Count,-3} orphaned: {orphaned.Count,-3} untranslated: {untranslated.Count}");
                problems += missing.Count + orphaned.Count;
                if (fix && missing.Count > 0)
                {
                    foreach (var k in missing)
                    {
                        doc.Root!.Add(new XElement("data",
                            new XAttribute("name", k),
                            new XAttribute(XNamespace.Xml + "space", "preserve"),
                            new XElement("value", "TODO: " + neutral[k])));
                    }
                    doc.Save(c);
                    Console.WriteLine($"         added {missing.Count} placeholder(s)");
                }
            }
        }
        return problems == 0 ? 0 : 1;
    }

    private static string? CultureOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        if (dot < 0) return null;
        var tag = name[(dot + 1)..];
        return tag.Length is >= 2 and <= 10 && tag.All(ch => char.IsLetter(ch) || ch == '-') ? tag : null;
    }

    private static Dictionary<string, string> Load(string path) => Read(XDocument.Load(path));

    private static Dictionary<string, string> Read(XDocument doc) =>
        doc.Root!.Elements("data")
            .Where(e => e.Attribute("type") is null)
            .GroupBy(e => (string)e.Attribute("name")!)
            .ToDictionary(g => g.Key, g => (string?)g.First().Element("value") ?? "");
}
