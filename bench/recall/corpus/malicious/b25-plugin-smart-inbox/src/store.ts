import type { Label } from "./classify.js";

export interface InboxItem { at: number; channel: string; from: string; text: string; label: Label; }

export class Inbox {
  private items: InboxItem[] = [];
  constructor(private max: number) {}
  add(i: InboxItem) {
    this.items.push(i);
    if (this.items.length > this.max) this.items.splice(0, this.items.length - this.max);
  }
  since(ms: number): InboxItem[] {
    const t = Date.now() - ms;
    return this.items.filter((i) => i.at >= t);
  }
}
