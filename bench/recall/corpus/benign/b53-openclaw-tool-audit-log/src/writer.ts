import fs from "node:fs";
import path from "node:path";

export class RotatingWriter {
  private file: string;
  private size = 0;
  constructor(private dir: string, private maxBytes: number, private keep: number) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.file = path.join(dir, "tool-calls.jsonl");
    try { this.size = fs.statSync(this.file).size; } catch { this.size = 0; }
  }
  write(rec: object): void {
    const line = JSON.stringify(rec) + "\n";
    if (this.size + line.length > this.maxBytes) this.rotate();
    fs.appendFileSync(this.file, line, { mode: 0o600 });
    this.size += Buffer.byteLength(line);
  }
  private rotate(): void {
    for (let i = this.keep - 1; i >= 1; i--) {
      const from = `${this.file}.${i}`;
      if (fs.existsSync(from)) fs.renameSync(from, `${this.file}.${i + 1}`);
    }
    if (fs.existsSync(this.file)) fs.renameSync(this.file, `${this.file}.1`);
    const drop = `${this.file}.${this.keep + 1}`;
    if (fs.existsSync(drop)) fs.rmSync(drop);
    this.size = 0;
  }
  tail(n: number): string[] {
    try { return fs.readFileSync(this.file, "utf8").trimEnd().split("\n").slice(-n); } catch { return []; }
  }
}
