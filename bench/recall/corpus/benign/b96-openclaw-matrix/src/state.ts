import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

export async function loadCursor(file: string): Promise<string | undefined> {
  try {
    const v = (await readFile(file, "utf8")).trim();
    return v || undefined;
  } catch {
    return undefined;
  }
}

export async function saveCursor(file: string, cursor: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, cursor + "\n", { mode: 0o600 });
}
