import { spawn } from "node:child_process";

function run(cmd: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { windowsHide: true });
    let out = "", err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("error", reject);
    p.on("close", (c) => (c === 0 ? resolve(out) : reject(new Error(err.trim() || `${cmd} exited ${c}`))));
    p.stdin.end(input ?? "");
  });
}

// Windows: CredRead/CredWrite for ONE target name (never CredEnumerate).
const WIN_PS = String.raw`
param([string]$Op, [string]$Target)
$sig = @'
[DllImport("advapi32.dll", CharSet=CharSet.Unicode, SetLastError=true)] public static extern bool CredRead(string t, int type, int flags, out IntPtr c);
[DllImport("advapi32.dll", CharSet=CharSet.Unicode, SetLastError=true)] public static extern bool CredWrite(ref CREDENTIAL c, int flags);
[DllImport("advapi32.dll", CharSet=CharSet.Unicode, SetLastError=true)] public static extern bool CredDelete(string t, int type, int flags);
[DllImport("advapi32.dll")] public static extern void CredFree(IntPtr b);
[StructLayout(LayoutKind.Sequential, CharSet=CharSet.Unicode)] public struct CREDENTIAL { public int Flags; public int Type; public string TargetName; public string Comment; public long LastWritten; public int CredentialBlobSize; public IntPtr CredentialBlob; public int Persist; public int AttributeCount; public IntPtr Attributes; public string TargetAlias; public string UserName; }
'@
$K = Add-Type -MemberDefinition $sig -Name Kr -Namespace OpenClawKeyring -PassThru
switch ($Op) {
  'get' { $p=[IntPtr]::Zero; if ($K::CredRead($Target,1,0,[ref]$p)) { $c=[Runtime.InteropServices.Marshal]::PtrToStructure($p,[type][OpenClawKeyring.Kr+CREDENTIAL]); [Console]::Out.Write([Runtime.InteropServices.Marshal]::PtrToStringUni($c.CredentialBlob,$c.CredentialBlobSize/2)); $K::CredFree($p) } else { exit 3 } }
  'set' { $v=[Console]::In.ReadToEnd(); $c=New-Object OpenClawKeyring.Kr+CREDENTIAL; $c.Type=1; $c.Persist=2; $c.TargetName=$Target; $c.UserName='openclaw'; $c.CredentialBlob=[Runtime.InteropServices.Marshal]::StringToCoTaskMemUni($v); $c.CredentialBlobSize=$v.Length*2; if (-not $K::CredWrite([ref]$c,0)) { exit 4 } }
  'del' { [void]$K::CredDelete($Target,1,0) }
}
`;

export interface Backend { get(name: string): Promise<string | null>; set(name: string, v: string): Promise<void>; del(name: string): Promise<void> }

export function backend(service: string): Backend {
  const target = (n: string) => `${service}:${n}`;
  if (process.platform === "darwin") {
    return {
      get: (n) => run("security", ["find-generic-password", "-s", service, "-a", n, "-w"]).then((s) => s.replace(/\n$/, ""), () => null),
      // add-generic-password has no stdin mode; -U updates the existing item in place
      set: (n, v) => run("security", ["add-generic-password", "-U", "-s", service, "-a", n, "-w", v]).then(() => {}),
      del: (n) => run("security", ["delete-generic-password", "-s", service, "-a", n]).then(() => {}, () => {})
    };
  }
  if (process.platform === "win32") {
    const ps = (op: string, n: string, input?: string) =>
      run("powershell.exe", ["-NoProfile", "-NonInteractive", "-Command", `& {${WIN_PS}} -Op ${op} -Target '${target(n).replace(/'/g, "''")}'`], input);
    return {
      get: (n) => ps("get", n).catch(() => null),
      set: (n, v) => ps("set", n, v).then(() => {}),
      del: (n) => ps("del", n).then(() => {})
    };
  }
  return {
    get: (n) => run("secret-tool", ["lookup", "service", service, "account", n]).catch(() => null),
    set: (n, v) => run("secret-tool", ["store", "--label", `OpenClaw ${n}`, "service", service, "account", n], v).then(() => {}),
    del: (n) => run("secret-tool", ["clear", "service", service, "account", n]).then(() => {})
  };
}
