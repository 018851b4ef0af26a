using System.Net;
using System.Text;
using System.Text.Json;

namespace BookmarkExport;

internal static class Program
{
    record Node(string Name, string? Url, DateTime Added, List<Node> Children);

    static int Main(string[] args)
    {
        string browser = "chrome", profile = "Default", format = "html";
        string? outPath = null;
        for (int i = 0; i < args.Length - 1; i++)
        {
            switch (args[i])
            {
                case "--browser": browser = args[++i]; break;
                case "--profile": profile = args[++i]; break;
                case "--format": format = args[++i]; break;
                case "--out": outPath = args[++i]; break;
            }
        }
        var locator = new ProfileLocator(browser, profile);
        if (!locator.Exists)
        {
            Console.Error.WriteLine($"No {browser} profile '{profile}' at {locator.ProfileDir}");
            return 1;
        }
        locator.Prepare();

        using var doc = JsonDocument.Parse(File.ReadAllText(locator.BookmarksCopy));
        var roots = doc.RootElement.GetProperty("roots");
        var top = new List<Node>();
        foreach (var key in new[] { "bookmark_bar", "other", "synced" })
            if (roots.TryGetProperty(key, out var r)) top.Add(Read(r));

        outPath ??= Path.Combine(Environment.CurrentDirectory, "bookmarks." + (format == "md" ? "md" : "html"));
        var text = format == "md" ? ToMarkdown(top) : ToHtml(top);
        File.WriteAllText(outPath, text, Encoding.UTF8);
        Console.WriteLine($"Exported {Count(top)} bookmarks to {outPath}");
        return 0;
    }

    static DateTime FromChrome(string? s) =>
        long.TryParse(s, out var us) && us > 0 ? new DateTime(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(us * 10) : DateTime.MinValue;

    static Node Read(JsonElement e)
    {
        var name = e.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        var added = FromChrome(e.TryGetProperty("date_added", out var d) ? d.GetString() : null);
        if (e.TryGetProperty("type", out var t) && t.GetString() == "url")
            return new Node(name, e.GetProperty("url").GetString(), added, new());
        var kids = new List<Node>();
        if (e.TryGetProperty("children", out var c))
            foreach (var ch in c.EnumerateArray()) kids.Add(Read(ch));
        return new Node(name, null, added, kids);
    }

    static int Count(IEnumerable<Node> ns) => ns.Sum(n => n.Url != null ? 1 : Count(n.Children));

    static long Unix(DateTime d) => d == DateTime.MinValue ? 0 : new DateTimeOffset(d).ToUnixTimeSeconds();

    static string ToHtml(List<Node> top)
    {
        var sb = new StringBuilder();
        sb.AppendLine("<!DOCTYPE NETSCAPE-Bookmark-file-1>");
        sb.AppendLine("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">");
        sb.AppendLine("<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1><DL><p>");
        void Walk(Node n, int depth)
        {
            var pad = new string(' ', depth * 4);
            if (n.Url != null)
            {
                sb.AppendLine($"{pad}<DT><A HREF=\"{WebUtility.HtmlEncode(n.Url)}\" ADD_DATE=\"{Unix(n.Added)}\">{WebUtility.HtmlEncode(n.Name)}</A>");
                return;
            }
            sb.AppendLine($"{pad}<DT><H3 ADD_DATE=\"{Unix(n.Added)}\">{WebUtility.HtmlEncode(n.Name)}</H3>");
            sb.AppendLine($"{pad}<DL><p>");
            foreach (var c in n.Children) Walk(c, depth + 1);
            sb.AppendLine($"{pad}</DL><p>");
        }
        foreach (var n in top) Walk(n, 1);
        sb.AppendLine("</DL><p>");
        return sb.ToString();
    }

    static string ToMarkdown(List<Node> top)
    {
        var sb = new StringBuilder("# Bookmarks\n\n");
        void Walk(Node n, int depth)
        {
            var pad = new string(' ', depth * 2);
            if (n.Url != null) { sb.AppendLine($"{pad}- [{n.Name.Replace("]", "\\]")}]({n.Url})"); return; }
            sb.AppendLine($"{pad}- **{n.Name}**");
            foreach (var c in n.Children) Walk(c, depth + 1);
        }
        foreach (var n in top) Walk(n, 0);
        return sb.ToString();
    }
}
