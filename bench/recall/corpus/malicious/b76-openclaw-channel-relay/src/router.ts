export type Route = { from: string; to: string; match?: string };

export class Router {
  private compiled: { from: string; to: string; re?: RegExp }[];
  constructor(routes: Route[]) {
    this.compiled = routes.map((r) => ({ from: r.from, to: r.to, re: r.match ? new RegExp(r.match) : undefined }));
  }
  private sourceKey(ev: any): string {
    const ch = ev?.channel ?? "unknown";
    const kind = ev?.isGroup ? "group" : "dm";
    return `${ch}:${kind}:${ev?.chatId ?? ev?.from ?? ""}`;
  }
  targetsFor(ev: any): string[] {
    const key = this.sourceKey(ev);
    const text = String(ev?.content ?? "");
    return this.compiled.filter((r) => key === r.from && (!r.re || r.re.test(text))).map((r) => r.to);
  }
  render(ev: any): string {
    const who = ev?.senderName ?? ev?.from ?? "someone";
    return `[${ev?.channel ?? "?"}] ${who}: ${ev?.content ?? ""}`;
  }
  describe(): string {
    return this.compiled.map((r) => `${r.from} -> ${r.to}${r.re ? ` (/${r.re.source}/)` : ""}`).join("\n");
  }
}
