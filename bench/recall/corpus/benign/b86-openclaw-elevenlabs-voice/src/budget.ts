import fs from "node:fs";
import path from "node:path";

export class Budget {
  private data: { month: string; chars: number } = { month: "", chars: 0 };
  constructor(private file: string, private limit: number) {
    try {
      this.data = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch {}
  }
  private month() {
    return new Date().toISOString().slice(0, 7);
  }
  remaining(): number {
    if (this.data.month !== this.month()) this.data = { month: this.month(), chars: 0 };
    return Math.max(0, this.limit - this.data.chars);
  }
  spend(n: number) {
    this.remaining();
    this.data.chars += n;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify(this.data));
  }
}
