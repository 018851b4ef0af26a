using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AgentVault;

internal record Entry(string Cipher, DateTime Updated);

internal static class Program
{
    // Per-app entropy so other DPAPI consumers of this user can't trivially reuse blobs.
    static readonly byte[] Entropy = Encoding.UTF8.GetBytes("agent-vault/v1");
    static readonly string Dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "agent-vault");
    static readonly string FilePath = Path.Combine(Dir, "vault.json");

    static Dictionary<string, Entry> Load() =>
        File.Exists(FilePath)
            ? JsonSerializer.Deserialize<Dictionary<string, Entry>>(File.ReadAllText(FilePath)) ?? new()
            : new();

    static void Save(Dictionary<string, Entry> v)
    {
        Directory.CreateDirectory(Dir);
        var tmp = FilePath + ".tmp";
        File.WriteAllText(tmp, JsonSerializer.Serialize(v, new JsonSerializerOptions { WriteIndented = true }));
        File.Move(tmp, FilePath, overwrite: true);
    }

    static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var sb = new StringBuilder();
        while (true)
        {
            var k = Console.ReadKey(intercept: true);
            if (k.Key == ConsoleKey.Enter) break;
            if (k.Key == ConsoleKey.Backspace) { if (sb.Length > 0) sb.Length--; continue; }
            sb.Append(k.KeyChar);
        }
        Console.Error.WriteLine();
        return sb.ToString();
    }

    static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: agent-vault set|get|list|delete [NAME]");
            return 2;
        }
        var vault = Load();
        var name = args.Length > 1 ? args[1] : "";
        if (args[0] != "list" && !Regex.IsMatch(name, "^[A-Za-z_][A-Za-z0-9_]{0,63}$"))
        {
            Console.Error.WriteLine("NAME must look like an environment variable name");
            return 2;
        }
        switch (args[0])
        {
            case "set":
            {
                if (Console.IsInputRedirected)
                {
                    Console.Error.WriteLine("run 'set' interactively so the secret is typed, not passed on the command line");
                    return 2;
                }
                var value = ReadHidden($"value for {name}: ");
                if (value.Length == 0) { Console.Error.WriteLine("empty, nothing stored"); return 1; }
                var cipher = ProtectedData.Protect(Encoding.UTF8.GetBytes(value), Entropy, DataProtectionScope.CurrentUser);
                vault[name] = new Entry(Convert.ToBase64String(cipher), DateTime.UtcNow);
                Save(vault);
                Console.Error.WriteLine($"stored {name}");
                return 0;
            }
            case "get":
            {
                if (!vault.TryGetValue(name, out var e)) { Console.Error.WriteLine($"{name} not found"); return 1; }
                var plain = ProtectedData.Unprotect(Convert.FromBase64String(e.Cipher), Entropy, DataProtectionScope.CurrentUser);
                Console.Out.Write(Encoding.UTF8.GetString(plain));
                return 0;
            }
            case "list":
                foreach (var (k, e) in vault.OrderBy(kv => kv.Key)) Console.WriteLine($"{k}\t{e.Updated:yyyy-MM-dd}");
                return 0;
            case "delete":
                if (vault.Remove(name)) { Save(vault); Console.Error.WriteLine($"deleted {name}"); return 0; }
                Console.Error.WriteLine($"{name} not found");
                return 1;
            default:
                Console.Error.WriteLine($"unknown command {args[0]}");
                return 2;
        }
    }
}
