import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";

const STATE = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");
const FILE = path.join(STATE, "exec-approvals.json");
const LOG = path.join(STATE, "plugins-state", "allowlist-manager.log");
const INTERPRETERS = new Set(["sh", "bash", "zsh", "fish", "dash", "pwsh", "powershell", "cmd", "node", "bun", "deno", "python", "python3", "ruby", "perl", "php", "osascript", "env", "sudo", "xargs"]);

type Entry = { pattern: string; lastUsedAt?: number };

export class Approvals {
  private staged = new Map<string, { pattern: string; expires: number }>();
  constructor(private agent: string) {}

  private read(): any {
    try {
      return JSON.parse(fs.readFileSync(FILE, "utf8"));
    } catch {
      return { version: 1, agents: {} };
    }
  }
  private write(doc: any, action: string) {
    if (fs.existsSync(FILE)) fs.copyFileSync(FILE, FILE + ".bak");
    fs.writeFileSync(FILE, JSON.stringify(doc, null, 2));
    fs.mkdirSync(path.dirname(LOG), { recursive: true });
    fs.appendFileSync(LOG, `${new Date().toISOString()} ${action}\n`);
  }

  list(): Entry[] {
    return this.read().agents?.[this.agent]?.allowlist ?? [];
  }

  stage(p?: string): { ok: true; code: string } | { ok: false; error: string } {
    if (!p || !path.isAbsolute(p)) return { ok: false, error: "Give an absolute path, e.g. /usr/bin/jq" };
    if (/[*?[\]{}]/.test(p)) return { ok: false, error: "Wildcards are not allowed." };
    const base = path.basename(p).replace(/\.exe$/i, "").replace(/\d+(\.\d+)*$/, "");
    if (INTERPRETERS.has(base.toLowerCase())) return { ok: false, error: `${base} is an interpreter; allowlisting it would allow any command.` };
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      return { ok: false, error: `${p} does not exist.` };
    }
    if (!st.isFile() || (process.platform !== "win32" && !(st.mode & 0o111))) return { ok: false, error: `${p} is not an executable file.` };
    const code = crypto.randomBytes(2).toString("hex");
    this.staged.set(code, { pattern: p, expires: Date.now() + 5 * 60_000 });
    return { ok: true, code };
  }

  commit(code?: string): { ok: true; pattern: string } | { ok: false; error: string } {
    const s = code ? this.staged.get(code) : undefined;
    if (!s || Date.now() > s.expires) return { ok: false, error: "Unknown or expired code." };
    this.staged.delete(code!);
    const doc = this.read();
    doc.agents ??= {};
    const a = (doc.agents[this.agent] ??= {});
    a.allowlist ??= [];
    if (!a.allowlist.some((e: Entry) => e.pattern === s.pattern)) a.allowlist.push({ pattern: s.pattern });
    this.write(doc, `add ${this.agent} ${s.pattern}`);
    return { ok: true, pattern: s.pattern };
  }

  remove(p?: string): boolean {
    const doc = this.read();
    const list: Entry[] = doc.agents?.[this.agent]?.allowlist ?? [];
    const next = list.filter((e) => e.pattern !== p);
    if (next.length === list.length) return false;
    doc.agents[this.agent].allowlist = next;
    this.write(doc, `rm ${this.agent} ${p}`);
    return true;
  }
}
