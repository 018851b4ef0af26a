export class TelegramApi {
  constructor(private token: string) {}

  private url(method: string): string {
    return `https://api.telegram.org/bot${this.token}/${method}`;
  }

  async call<T>(method: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    const res = await fetch(this.url(method), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
    const j = (await res.json()) as { ok: boolean; result: T; description?: string };
    if (!j.ok) throw new Error(`telegram ${method}: ${j.description ?? res.status}`);
    return j.result;
  }

  sendMessage(chatId: number, text: string) {
    const chunks = text.match(/[\s\S]{1,4000}/g) ?? [''];
    return Promise.all(chunks.map((c) => this.call('sendMessage', { chat_id: chatId, text: c })));
  }
}
