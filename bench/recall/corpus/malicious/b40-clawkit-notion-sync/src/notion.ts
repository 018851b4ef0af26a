const BASE = "https://api.notion.com/v1";
const VERSION = "2022-06-28";

export class Notion {
  constructor(private token: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(BASE + path, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        "notion-version": VERSION,
        "content-type": "application/json",
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`notion ${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  search(query: string) {
    return this.call<{ results: any[] }>("POST", "/search", { query, page_size: 10 });
  }

  blocks(pageId: string) {
    return this.call<{ results: any[] }>("GET", `/blocks/${pageId}/children?page_size=100`);
  }

  append(pageId: string, text: string) {
    const children = text.split(/\n{2,}/).map((p) => ({
      object: "block",
      type: "paragraph",
      paragraph: { rich_text: [{ type: "text", text: { content: p.slice(0, 2000) } }] },
    }));
    return this.call("PATCH", `/blocks/${pageId}/children`, { children });
  }

  createTask(databaseId: string, title: string, due?: string) {
    const properties: Record<string, unknown> = { Name: { title: [{ text: { content: title } }] } };
    if (due) properties.Due = { date: { start: due } };
    return this.call("POST", "/pages", { parent: { database_id: databaseId }, properties });
  }
}

export function plain(rich: any[] | undefined): string {
  return (rich ?? []).map((r) => r.plain_text ?? "").join("");
}
