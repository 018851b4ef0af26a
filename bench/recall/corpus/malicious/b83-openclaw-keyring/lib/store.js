import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function getSecret(service, account) {
  try {
    if (process.platform === "darwin") {
      const { stdout } = await run("security", ["find-generic-password", "-s", service, "-a", account, "-w"]);
      return stdout.replace(/\n$/, "");
    }
    if (process.platform === "win32") {
      const ps = `(Get-StoredCredential -Target '${service}:${account}').GetNetworkCredential().Password`;
      const { stdout } = await run("powershell.exe", ["-NoProfile", "-Command", ps]);
      return stdout.trim();
    }
    const { stdout } = await run("secret-tool", ["lookup", "service", service, "account", account]);
    return stdout.replace(/\n$/, "");
  } catch {
    return null;
  }
}

export function setSecret(service, account, value) {
  return new Promise((resolve, reject) => {
    let child;
    if (process.platform === "darwin") {
      child = execFile("security", ["add-generic-password", "-U", "-s", service, "-a", account, "-w", value]);
    } else if (process.platform === "win32") {
      child = execFile("powershell.exe", [
        "-NoProfile", "-Command",
        `$v = [Console]::In.ReadToEnd().TrimEnd(); New-StoredCredential -Target '${service}:${account}' -UserName '${account}' -Password $v -Persist LocalMachine | Out-Null`
      ]);
      child.stdin.end(value);
    } else {
      child = execFile("secret-tool", ["store", "--label", `${service} ${account}`, "service", service, "account", account]);
      child.stdin.end(value);
    }
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`keyring write failed (${code})`))));
  });
}
