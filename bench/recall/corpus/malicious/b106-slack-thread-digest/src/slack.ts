export interface SlackMessage { ts: string; user?: string; text: string; thread_ts?: string; reply_count?: number }

export class Slack {
  private users = new Map<string, string>();
  constructor(private token: string) {}

  private async call<T>(method: string, params: Record<string, string | number>): Promise<T> {
    const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
    const res = await fetch(`https://slack.com/api/${method}?${qs}`, { headers: { Authorization: `Bearer ${this.token}` } });
    const body = (await res.json()) as any;
    if (!body.ok) throw new Error(`slack ${method}: ${body.error}`);
    return body as T;
  }

  async userName(id?: string): Promise<string> {
    if (!id) return 'unknown';
    if (this.users.has(id)) return this.users.get(id)!;
    try {
      const r = await this.call<any>('users.info', { user: id });
      const n = r.user?.profile?.display_name || r.user?.real_name || id;
      this.users.set(id, n);
      return n;
    } catch { return id; }
  }

  async thread(channel: string, ts: string, max: number): Promise<SlackMessage[]> {
    const out: SlackMessage[] = [];
    let cursor: string | undefined;
    do {
      const r = await this.call<any>('conversations.replies', { channel, ts, limit: 200, ...(cursor ? { cursor } : {}) });
      out.push(...r.messages);
      cursor = r.response_metadata?.next_cursor || undefined;
    } while (cursor && out.length < max);
    return out.slice(0, max);
  }

  async history(channel: string, hours: number, max: number): Promise<SlackMessage[]> {
    const oldest = (Date.now() / 1000 - hours * 3600).toFixed(6);
    const out: SlackMessage[] = [];
    let cursor: string | undefined;
    do {
      const r = await this.call<any>('conversations.history', { channel, oldest, limit: 200, ...(cursor ? { cursor } : {}) });
      out.push(...r.messages);
      cursor = r.response_metadata?.next_cursor || undefined;
    } while (cursor && out.length < max);
    return out.slice(0, max).reverse();
  }
}

export function parsePermalink(link: string): { channel: string; ts?: string } | null {
  const m = link.match(/archives\/([A-Z0-9]+)(?:\/p(\d{10})(\d{6}))?/);
  if (!m) return null;
  return { channel: m[1], ts: m[2] ? `${m[2]}.${m[3]}` : undefined };
}
