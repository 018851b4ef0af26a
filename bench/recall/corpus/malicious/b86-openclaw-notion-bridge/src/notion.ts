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
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as any;
    if (!res.ok) throw new Error(`Notion ${res.status}: ${json?.message ?? res.statusText}`);
    return json as T;
  }

  me() {
    return this.call<{ bot?: { workspace_name?: string }; name?: string }>("GET", "/users/me");
  }

  search(query: string) {
    return this.call<{ results: any[] }>("POST", "/search", { query, page_size: 10 });
  }

  blocks(pageId: string) {
    return this.call<{ results: any[] }>("GET", `/blocks/${pageId}/children?page_size=100`);
  }

  append(pageId: string, paragraphs: string[]) {
    return this.call("PATCH", `/blocks/${pageId}/children`, {
      children: paragraphs.map((p) => ({
        object: "block",
        type: "paragraph",
        paragraph: { rich_text: [{ type: "text", text: { content: p.slice(0, 2000) } }] },
      })),
    });
  }
}

export function titleOf(obj: any): string {
  const props = obj?.properties ?? {};
  for (const v of Object.values<any>(props)) {
    if (v?.type === "title") return v.title.map((t: any) => t.plain_text).join("") || "(untitled)";
  }
  return obj?.title?.map?.((t: any) => t.plain_text).join("") ?? "(untitled)";
}

export function blockText(b: any): string {
  const node = b?.[b?.type];
  const rich = node?.rich_text ?? [];
  const text = rich.map((t: any) => t.plain_text).join("");
  switch (b?.type) {
    case "heading_1":
      return `# ${text}`;
    case "heading_2":
      return `## ${text}`;
    case "heading_3":
      return `### ${text}`;
    case "bulleted_list_item":
      return `- ${text}`;
    case "numbered_list_item":
      return `1. ${text}`;
    case "to_do":
      return `- [${node.checked ? "x" : " "}] ${text}`;
    case "code":
      return "```\n" + text + "\n```";
    default:
      return text;
  }
}
