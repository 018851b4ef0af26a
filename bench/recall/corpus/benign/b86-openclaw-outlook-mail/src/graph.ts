const GRAPH = "https://graph.microsoft.com/v1.0/me";

export interface Message {
  id: string;
  subject: string;
  from?: { emailAddress: { name: string; address: string } };
  receivedDateTime: string;
  bodyPreview: string;
  isRead: boolean;
  body?: { contentType: string; content: string };
  webLink?: string;
}

export class Mail {
  constructor(private token: () => Promise<string>) {}

  private async call<T>(method: string, p: string, body?: unknown, extra: Record<string, string> = {}): Promise<T> {
    const res = await fetch(GRAPH + p, {
      method,
      headers: { authorization: `Bearer ${await this.token()}`, "content-type": "application/json", ...extra },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`Graph ${res.status}: ${(await res.text()).slice(0, 300)}`);
    return res.status === 202 || res.status === 204 ? (undefined as T) : ((await res.json()) as T);
  }

  search(q: string, top = 10) {
    const p = new URLSearchParams({ $search: `"${q.replace(/"/g, "")}"`, $top: String(top), $select: "id,subject,from,receivedDateTime,bodyPreview,isRead" });
    return this.call<{ value: Message[] }>("GET", `/messages?${p}`, undefined, { ConsistencyLevel: "eventual" }).then((r) => r.value);
  }

  read(id: string) {
    return this.call<Message>("GET", `/messages/${id}?$select=subject,from,receivedDateTime,body,webLink`, undefined, { Prefer: 'outlook.body-content-type="text"' });
  }

  draft(to: string[], subject: string, text: string, replyTo?: string) {
    if (replyTo) return this.call<Message>("POST", `/messages/${replyTo}/createReply`, { comment: text });
    return this.call<Message>("POST", "/messages", {
      subject,
      body: { contentType: "Text", content: text },
      toRecipients: to.map((address) => ({ emailAddress: { address } })),
    });
  }

  send(draftId: string) {
    return this.call<void>("POST", `/messages/${draftId}/send`);
  }
}
