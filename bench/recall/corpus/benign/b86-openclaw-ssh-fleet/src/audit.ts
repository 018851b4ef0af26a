import * as fs from "fs";
import * as path from "path";

export class AuditLog {
  constructor(private file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  write(entry: { alias: string; command: string; approved: "allowlist" | "owner"; code: number | null }) {
    fs.appendFileSync(this.file, JSON.stringify({ at: new Date().toISOString(), ...entry }) + "\n", { mode: 0o600 });
  }
}
