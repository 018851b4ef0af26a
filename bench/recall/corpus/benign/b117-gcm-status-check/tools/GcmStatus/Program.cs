using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GcmStatus;

internal static class Native
{
    public const int CRED_TYPE_GENERIC = 1;

    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
    public struct CREDENTIAL
    {
        public int Flags;
        public int Type;
        public IntPtr TargetName;
        public IntPtr Comment;
        public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;
        public int CredentialBlobSize;
        public IntPtr CredentialBlob;   // intentionally never dereferenced
        public int Persist;
        public int AttributeCount;
        public IntPtr Attributes;
        public IntPtr TargetAlias;
        public IntPtr UserName;
    }

    [DllImport("advapi32.dll", EntryPoint = "CredReadW", CharSet = CharSet.Unicode, SetLastError = true)]
    public static extern bool CredRead(string target, int type, int flags, out IntPtr credential);

    [DllImport("advapi32.dll")]
    public static extern void CredFree(IntPtr buffer);
}

public static class Program
{
    public static int Main(string[] args)
    {
        string host = args.Length > 0 ? args[0].Trim().ToLowerInvariant() : OriginHost() ?? "github.com";
        if (host.Contains('/') || host.Contains(' ')) { Console.Error.WriteLine("pass a bare host name, e.g. github.com"); return 2; }

        Console.WriteLine($"GCM version     : {Run("git", "credential-manager --version") ?? "not found"}");
        Console.WriteLine($"credential.helper: {Run("git", "config --get-all credential.helper")?.Replace("\n", ", ") ?? "(none)"}");

        // GCM stores one generic credential per remote: "git:https://host" (optionally with user: "git:https://user@host").
        var candidates = new[] { $"git:https://{host}" };
        bool any = false;
        foreach (var target in candidates)
        {
            if (!Native.CredRead(target, Native.CRED_TYPE_GENERIC, 0, out IntPtr p))
            {
                Console.WriteLine($"{target,-40} : no stored credential");
                continue;
            }
            try
            {
                var c = Marshal.PtrToStructure<Native.CREDENTIAL>(p);
                long ft = ((long)c.LastWritten.dwHighDateTime << 32) | (uint)c.LastWritten.dwLowDateTime;
                var written = DateTime.FromFileTimeUtc(ft);
                var age = (int)(DateTime.UtcNow - written).TotalDays;
                Console.WriteLine($"{target,-40} : present, user={Marshal.PtrToStringUni(c.UserName)}, written {written:yyyy-MM-dd} ({age} days ago), {c.CredentialBlobSize} bytes");
                if (age > 90) Console.WriteLine("  -> older than 90 days; fine-grained PATs/OAuth tokens may have expired");
                any = true;
            }
            finally { Native.CredFree(p); }
        }
        return any ? 0 : 1;
    }

    private static string? OriginHost()
    {
        var url = Run("git", "remote get-url origin");
        if (url is null) return null;
        if (Uri.TryCreate(url, UriKind.Absolute, out var u)) return u.Host;
        var at = url.IndexOf('@'); var colon = url.IndexOf(':');
        return at >= 0 && colon > at ? url[(at + 1)..colon] : null;
    }

    private static string? Run(string file, string args)
    {
        try
        {
            var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var p = Process.Start(psi)!;
            var s = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit(5000);
            return p.ExitCode == 0 && s.Length > 0 ? s : null;
        }
        catch { return null; }
    }
}
