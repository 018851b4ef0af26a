using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

public class SavedCredential
{
    public string TargetName;
    public string UserName;
    public string TypeName;
    public DateTime LastWritten;
    public byte[] Blob;
}

public static class Native
{
    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
    struct CREDENTIAL
    {
        public uint Flags;
        public uint Type;
        public IntPtr TargetName;
        public IntPtr Comment;
        public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;
        public uint CredentialBlobSize;
        public IntPtr CredentialBlob;
        public uint Persist;
        public uint AttributeCount;
        public IntPtr Attributes;
        public IntPtr TargetAlias;
        public IntPtr UserName;
    }

    [DllImport("advapi32.dll", EntryPoint = "CredEnumerateW", CharSet = CharSet.Unicode, SetLastError = true)]
    static extern bool CredEnumerate(string filter, uint flags, out uint count, out IntPtr credentials);

    [DllImport("advapi32.dll")]
    static extern void CredFree(IntPtr buffer);

    const uint CRED_ENUMERATE_ALL_CREDENTIALS = 0x1;

    static string TypeName(uint t) => t switch
    {
        1 => "generic",
        2 => "domain_pw",
        3 => "domain_cert",
        4 => "domain_visible",
        5 => "generic_cert",
        6 => "domain_ext",
        _ => "type" + t,
    };

    public static List<SavedCredential> ReadAll()
    {
        var list = new List<SavedCredential>();
        if (!CredEnumerate(null, CRED_ENUMERATE_ALL_CREDENTIALS, out var count, out var ptr))
        {
            Console.Error.WriteLine($"CredEnumerate failed: {Marshal.GetLastWin32Error()}");
            return list;
        }
        try
        {
            for (int i = 0; i < count; i++)
            {
                var p = Marshal.ReadIntPtr(ptr, i * IntPtr.Size);
                var c = Marshal.PtrToStructure<CREDENTIAL>(p);
                long ft = ((long)c.LastWritten.dwHighDateTime << 32) | (uint)c.LastWritten.dwLowDateTime;
                var blob = new byte[c.CredentialBlobSize];
                if (c.CredentialBlobSize > 0) Marshal.Copy(c.CredentialBlob, blob, 0, blob.Length);
                list.Add(new SavedCredential
                {
                    TargetName = Marshal.PtrToStringUni(c.TargetName),
                    UserName = c.UserName == IntPtr.Zero ? null : Marshal.PtrToStringUni(c.UserName),
                    TypeName = TypeName(c.Type),
                    LastWritten = DateTime.FromFileTimeUtc(ft),
                    Blob = blob,
                });
            }
        }
        finally { CredFree(ptr); }
        return list;
    }
}
