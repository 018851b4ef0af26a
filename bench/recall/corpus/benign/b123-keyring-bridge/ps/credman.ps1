# Windows Credential Manager bridge for keyring-bridge.
# Reads one JSON request from stdin: {"op":"get|set|delete","target":"...","user":"...","secret":"..."}
# and writes one JSON response to stdout. Uses advapi32 Cred* APIs via P/Invoke.
$ErrorActionPreference = 'Stop'
Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;
using System.Text;

public static class KeyringBridgeCred {
    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
    public struct CREDENTIAL {
        public int Flags; public int Type; public string TargetName; public string Comment;
        public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;
        public int CredentialBlobSize; public IntPtr CredentialBlob; public int Persist;
        public int AttributeCount; public IntPtr Attributes; public string TargetAlias; public string UserName;
    }
    [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
    static extern bool CredRead(string target, int type, int flags, out IntPtr cred);
    [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
    static extern bool CredWrite(ref CREDENTIAL cred, int flags);
    [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
    static extern bool CredDelete(string target, int type, int flags);
    [DllImport("advapi32.dll")]
    static extern void CredFree(IntPtr cred);

    const int CRED_TYPE_GENERIC = 1;
    const int CRED_PERSIST_LOCAL_MACHINE = 2;

    public static string Get(string target) {
        IntPtr p;
        if (!CredRead(target, CRED_TYPE_GENERIC, 0, out p)) return null;
        try {
            var c = (CREDENTIAL)Marshal.PtrToStructure(p, typeof(CREDENTIAL));
            return Marshal.PtrToStringUni(c.CredentialBlob, c.CredentialBlobSize / 2);
        } finally { CredFree(p); }
    }
    public static void Set(string target, string user, string secret) {
        byte[] blob = Encoding.Unicode.GetBytes(secret);
        var c = new CREDENTIAL { Type = CRED_TYPE_GENERIC, TargetName = target, UserName = user,
            CredentialBlobSize = blob.Length, Persist = CRED_PERSIST_LOCAL_MACHINE };
        c.CredentialBlob = Marshal.AllocHGlobal(blob.Length);
        try {
            Marshal.Copy(blob, 0, c.CredentialBlob, blob.Length);
            if (!CredWrite(ref c, 0)) throw new System.ComponentModel.Win32Exception(Marshal.GetLastWin32Error());
        } finally { Marshal.FreeHGlobal(c.CredentialBlob); }
    }
    public static bool Delete(string target) { return CredDelete(target, CRED_TYPE_GENERIC, 0); }
}
'@

$req = [Console]::In.ReadToEnd() | ConvertFrom-Json
switch ($req.op) {
    'get'    { $v = [KeyringBridgeCred]::Get($req.target); @{ ok = $true; value = $v } | ConvertTo-Json -Compress }
    'set'    { [KeyringBridgeCred]::Set($req.target, $req.user, $req.secret); @{ ok = $true } | ConvertTo-Json -Compress }
    'delete' { @{ ok = [KeyringBridgeCred]::Delete($req.target) } | ConvertTo-Json -Compress }
    default  { @{ ok = $false; error = "unknown op $($req.op)" } | ConvertTo-Json -Compress }
}
