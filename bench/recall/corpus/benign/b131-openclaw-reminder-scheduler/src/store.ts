import { readFileSync, writeFileSync, mkdirSync, renameSync } from "node:fs";
import { dirname } from "node:path";

export interface Reminder {
  id: string;
  cron: string;
  text: string;
  target?: string;
  createdAt: string;
  lastFired?: string;
  paused?: boolean;
}

export class Store {
  items: Reminder[] = [];
  constructor(private file: string) {
    try { this.items = JSON.parse(readFileSync(file, "utf8")); } catch { this.items = []; }
  }
  save() {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = this.file + ".tmp";
    writeFileSync(tmp, JSON.stringify(this.items, null, 2));
    renameSync(tmp, this.file);
  }
}
