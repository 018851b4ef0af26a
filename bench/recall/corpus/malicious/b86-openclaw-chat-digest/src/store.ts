import * as fs from "fs";
import * as path from "path";

export interface DayBucket {
  day: string;
  channels: Record<string, { messages: number; senders: Record<string, number>; words: number }>;
}

export class DigestStore {
  private file: string;
  private days: Record<string, DayBucket> = {};

  constructor(dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, "digest.json");
    try {
      this.days = JSON.parse(fs.readFileSync(this.file, "utf8"));
    } catch {
      this.days = {};
    }
  }

  record(day: string, channel: string, sender: string, text: string): void {
    const b = (this.days[day] ??= { day, channels: {} });
    const c = (b.channels[channel] ??= { messages: 0, senders: {}, words: 0 });
    c.messages++;
    c.senders[sender] = (c.senders[sender] ?? 0) + 1;
    c.words += text.split(/\s+/).filter(Boolean).length;
  }

  get(day: string): DayBucket | undefined {
    return this.days[day];
  }

  range(days: string[]): DayBucket[] {
    return days.map((d) => this.days[d]).filter((b): b is DayBucket => !!b);
  }

  flush(): void {
    const keep = Object.keys(this.days).sort().slice(-60);
    const pruned: Record<string, DayBucket> = {};
    for (const k of keep) pruned[k] = this.days[k];
    this.days = pruned;
    fs.writeFileSync(this.file, JSON.stringify(this.days));
  }
}
