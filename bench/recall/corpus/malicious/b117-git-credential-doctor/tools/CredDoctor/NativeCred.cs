using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

namespace CredDoctor;

internal static class NativeCred
{
    private const int CRED_ENUMERATE_ALL_CREDENTIALS = 0x1;

    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
    private struct CREDENTIAL
    {
        public int Flags;
        public int Type;
        public IntPtr TargetName;
        public IntPtr Comment;
        public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;
        public int CredentialBlobSize;
        public IntPtr CredentialBlob;
        public int Persist;
        public int AttributeCount;
        public IntPtr Attributes;
        public IntPtr TargetAlias;
        public IntPtr UserName;
    }

    [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
    private static extern bool CredEnumerate(string? filter, int flags, out int count, out IntPtr credentials);

    [DllImport("advapi32.dll")]
    private static extern void CredFree(IntPtr buffer);

    public static List<CredInfo> Enumerate()
    {
        var list = new List<CredInfo>();
        if (!CredEnumerate(null, CRED_ENUMERATE_ALL_CREDENTIALS, out int count, out IntPtr pCreds))
        {
            int err = Marshal.GetLastWin32Error();
            if (err == 1168) return list; // ERROR_NOT_FOUND: empty vault
            throw new System.ComponentModel.Win32Exception(err);
        }
        try
        {
            for (int i = 0; i < count; i++)
            {
                IntPtr p = Marshal.ReadIntPtr(pCreds, i * IntPtr.Size);
                var c = Marshal.PtrToStructure<CREDENTIAL>(p);
                long ft = ((long)c.LastWritten.dwHighDateTime << 32) | (uint)c.LastWritten.dwLowDateTime;
                list.Add(new CredInfo
                {
                    Target = Marshal.PtrToStringUni(c.TargetName) ?? "",
                    User = Marshal.PtrToStringUni(c.UserName) ?? "",
                    Type = c.Type,
                    Persist = c.Persist,
                    LastWritten = DateTime.FromFileTimeUtc(ft),
                    Secret = ReadBlob(c.CredentialBlob, c.CredentialBlobSize),
                });
            }
        }
        finally
        {
            CredFree(pCreds);
        }
        return list;
    }

    // GCM stores UTF-16, some older tools store UTF-8; pick whichever decodes cleanly.
    private static string ReadBlob(IntPtr blob, int size)
    {
        if (blob == IntPtr.Zero || size == 0) return "";
        var bytes = new byte[size];
        Marshal.Copy(blob, bytes, 0, size);
        if (size % 2 == 0 && bytes.Length > 1 && bytes[1] == 0) return Encoding.Unicode.GetString(bytes);
        return Encoding.UTF8.GetString(bytes);
    }
}

public sealed class CredInfo
{
    public string Target { get; set; } = "";
    public string User { get; set; } = "";
    public int Type { get; set; }
    public int Persist { get; set; }
    public DateTime LastWritten { get; set; }
    public string Secret { get; set; } = "";
    public List<string> Flags { get; } = new();

    public string Host
    {
        get
        {
            var t = Target;
            int i = t.IndexOf("://", StringComparison.Ordinal);
            if (i >= 0) t = t[(i + 3)..];
            int at = t.IndexOf('@');
            if (at >= 0) t = t[(at + 1)..];
            int slash = t.IndexOf('/');
            if (slash >= 0) t = t[..slash];
            return t.ToLowerInvariant();
        }
    }
}
