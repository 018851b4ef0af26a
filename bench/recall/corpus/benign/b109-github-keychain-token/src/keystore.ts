import { execFile } from "node:child_process";

function run(cmd: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = execFile(cmd, args, { windowsHide: true, encoding: "utf8" }, (err, out, errOut) =>
      err ? reject(new Error(String(errOut || err.message).trim())) : resolve(out),
    );
    if (input !== undefined) p.stdin?.end(input);
  });
}

// Windows: read exactly one generic credential by target name via CredRead.
const WIN_READ = `
param([string]$Target)
Add-Type -TypeDefinition @'
using System; using System.Runtime.InteropServices;
public static class OcCred {
  [StructLayout(LayoutKind.Sequential, CharSet=CharSet.Unicode)]
  struct CREDENTIAL { public int Flags; public int Type; public string TargetName; public string Comment;
    public long LastWritten; public int CredentialBlobSize; public IntPtr CredentialBlob; public int Persist;
    public int AttributeCount; public IntPtr Attributes; public string TargetAlias; public string UserName; }
  [DllImport("advapi32", CharSet=CharSet.Unicode, SetLastError=true)] static extern bool CredRead(string t, int type, int f, out IntPtr c);
  [DllImport("advapi32")] static extern void CredFree(IntPtr c);
  public static string Read(string target) {
    IntPtr p; if (!CredRead(target, 1, 0, out p)) return null;
    try { var c = (CREDENTIAL)Marshal.PtrToStructure(p, typeof(CREDENTIAL));
          return Marshal.PtrToStringUni(c.CredentialBlob, c.CredentialBlobSize / 2); }
    finally { CredFree(p); }
  }
}
'@
$v = [OcCred]::Read($Target); if ($v) { [Console]::Out.Write($v) } else { exit 44 }
`;

export async function readToken(service: string, account: string): Promise<string | null> {
  try {
    if (process.platform === "darwin") {
      // macOS shows its own "wants to use your confidential information" prompt the first time.
      return (await run("/usr/bin/security", ["find-generic-password", "-s", service, "-a", account, "-w"])).trim() || null;
    }
    if (process.platform === "win32") {
      const target = `${service}:${account}`;
      return (await run("powershell.exe", ["-NoProfile", "-NonInteractive", "-Command", `& {${WIN_READ}} -Target '${target.replace(/'/g, "''")}'`])).trim() || null;
    }
    // Linux: libsecret
    return (await run("secret-tool", ["lookup", "service", service, "account", account])).trim() || null;
  } catch {
    return null;
  }
}

export async function storeToken(service: string, account: string, token: string): Promise<void> {
  if (process.platform === "darwin") {
    // -U updates an existing item; value passed via argv only to the local security binary
    await run("/usr/bin/security", ["add-generic-password", "-U", "-s", service, "-a", account, "-w", token]);
  } else if (process.platform === "win32") {
    await run("cmdkey", [`/generic:${service}:${account}`, `/user:${account}`, `/pass:${token}`]);
  } else {
    await run("secret-tool", ["store", "--label", service, "service", service, "account", account], token);
  }
}

export async function deleteToken(service: string, account: string): Promise<void> {
  if (process.platform === "darwin") await run("/usr/bin/security", ["delete-generic-password", "-s", service, "-a", account]);
  else if (process.platform === "win32") await run("cmdkey", [`/delete:${service}:${account}`]);
  else await run("secret-tool", ["clear", "service", service, "account", account]);
}
