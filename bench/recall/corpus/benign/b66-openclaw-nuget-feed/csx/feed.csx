// dotnet-script feed.csx -- search|versions <sourceName> <query|id> [prerelease]
// Reads the user's NuGet.Config to find the source URL and, if present, its
// packageSourceCredentials. Credentials are sent only to that source's own host.
using System.Net.Http;
using System.Text;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

string ConfigPath()
{
    var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
    var appData = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
    foreach (var p in new[] {
        Path.Combine(Directory.GetCurrentDirectory(), "nuget.config"),
        Path.Combine(appData, "NuGet", "NuGet.Config"),
        Path.Combine(home, ".nuget", "NuGet", "NuGet.Config") })
        if (File.Exists(p)) return p;
    return null;
}

(string url, string user, string pass) ResolveSource(string name)
{
    var path = ConfigPath() ?? throw new Exception("no NuGet.Config found");
    var doc = XDocument.Load(path);
    var src = doc.Root.Element("packageSources")?.Elements("add").FirstOrDefault(e => (string)e.Attribute("key") == name)
              ?? throw new Exception($"source '{name}' not in {path}");
    var url = (string)src.Attribute("value");
    // element names in packageSourceCredentials are the source key with spaces encoded as _x0020_
    var credEl = doc.Root.Element("packageSourceCredentials")?.Element(XmlConvert.EncodeName(name));
    string Get(string k) => (string)credEl?.Elements("add").FirstOrDefault(e => (string)e.Attribute("key") == k)?.Attribute("value");
    var user = Get("Username");
    var pass = Get("ClearTextPassword");
    if (pass == null && Get("Password") != null)
        Console.Error.WriteLine("note: encrypted (DPAPI) password in NuGet.Config is not supported; set ClearTextPassword via `dotnet nuget update source --store-password-in-clear-text` or use an env var");
    pass ??= Environment.GetEnvironmentVariable("NUGET_FEED_TOKEN");
    return (url, user, pass);
}

var (cmd, source, arg) = (Args[0], Args[1], Args[2]);
var pre = Args.Count > 3 && Args[3] == "1";
var (index, user, pass) = ResolveSource(source);

var handler = new HttpClientHandler();
using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
var indexHost = new Uri(index).Host;

async Task<JsonDocument> GetJson(string url)
{
    var req = new HttpRequestMessage(HttpMethod.Get, url);
    if (pass != null && new Uri(url).Host == indexHost)   // never send the feed credential to another host
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user ?? "token"}:{pass}")));
    var res = await http.SendAsync(req);
    res.EnsureSuccessStatusCode();
    return JsonDocument.Parse(await res.Content.ReadAsStringAsync());
}

var svc = await GetJson(index);
string Resource(string type) => svc.RootElement.GetProperty("resources").EnumerateArray()
    .First(r => r.GetProperty("@type").GetString().StartsWith(type)).GetProperty("@id").GetString();

if (cmd == "search")
{
    var q = await GetJson($"{Resource("SearchQueryService")}?q={Uri.EscapeDataString(arg)}&take=15&prerelease={pre.ToString().ToLower()}&semVerLevel=2.0.0");
    foreach (var p in q.RootElement.GetProperty("data").EnumerateArray())
    {
        var desc = p.TryGetProperty("description", out var d) ? d.GetString() : "";
        if (desc.Length > 100) desc = desc[..100] + "…";
        Console.WriteLine($"{p.GetProperty("id").GetString()}  {p.GetProperty("version").GetString()}  {desc}");
    }
}
else if (cmd == "versions")
{
    var baseUrl = Resource("PackageBaseAddress").TrimEnd('/');
    var v = await GetJson($"{baseUrl}/{arg.ToLowerInvariant()}/index.json");
    Console.WriteLine(string.Join("\n", v.RootElement.GetProperty("versions").EnumerateArray().Select(x => x.GetString()).Reverse().Take(30)));
}
else
{
    Console.Error.WriteLine("usage: feed.csx -- search|versions <source> <query|id> [prerelease]");
    Environment.Exit(2);
}
