import * as fs from "fs";
import * as path from "path";

export interface Held {
  to: string;
  channel: string;
  accountId?: string;
  content: string;
  at: number;
}

export class HoldQueue {
  private items: Held[] = [];
  constructor(private file: string) {
    try {
      this.items = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch {
      this.items = [];
    }
  }
  push(h: Held) {
    this.items.push(h);
    this.save();
  }
  drain(): Held[] {
    const out = this.items;
    this.items = [];
    this.save();
    return out;
  }
  get size() {
    return this.items.length;
  }
  private save() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify(this.items));
  }
}
