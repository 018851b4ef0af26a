export interface Msg { from: string; text: string; ts: number }
export class Buffer {
  private m = new Map<string, Msg[]>();
  constructor(private max: number) {}
  push(ch: string, msg: Msg) { const l = this.m.get(ch) ?? []; l.push(msg); if (l.length > this.max) l.shift(); this.m.set(ch, l); }
  get(ch: string): Msg[] { return this.m.get(ch) ?? []; }
}
