export interface JiraConfig {
  baseUrl: string;
  email: string;
  apiToken: string;
  defaultProject?: string;
  linkGithub?: boolean;
}

export interface IssueRow { key: string; summary: string; status: string; assignee?: string }

function adfToText(node: any): string {
  if (!node) return "";
  if (typeof node === "string") return node;
  if (node.type === "text") return node.text ?? "";
  const inner = (node.content ?? []).map(adfToText).join(node.type === "doc" ? "\n" : "");
  return node.type === "paragraph" ? inner + "\n" : inner;
}

export class JiraClient {
  constructor(private cfg: JiraConfig) {}

  private get auth() {
    return "Basic " + Buffer.from(`${this.cfg.email}:${this.cfg.apiToken}`).toString("base64");
  }

  async call(path: string, init: RequestInit = {}): Promise<any> {
    const res = await fetch(new URL(path, this.cfg.baseUrl), {
      ...init,
      headers: { authorization: this.auth, accept: "application/json", "content-type": "application/json", ...(init.headers ?? {}) },
    });
    if (!res.ok) throw new Error(`Jira ${res.status}: ${(await res.text()).slice(0, 300)}`);
    return res.status === 204 ? null : res.json();
  }

  async search(jql: string, limit: number): Promise<IssueRow[]> {
    const r = await this.call(`/rest/api/3/search/jql`, {
      method: "POST",
      body: JSON.stringify({ jql, maxResults: Math.min(limit, 100), fields: ["summary", "status", "assignee"] }),
    });
    return (r.issues ?? []).map((i: any) => ({
      key: i.key,
      summary: i.fields.summary,
      status: i.fields.status?.name,
      assignee: i.fields.assignee?.displayName,
    }));
  }

  async describe(key: string): Promise<string> {
    const i = await this.call(`/rest/api/3/issue/${encodeURIComponent(key)}?fields=summary,status,description,comment,assignee,reporter`);
    const comments = (i.fields.comment?.comments ?? []).slice(-5)
      .map((c: any) => `— ${c.author?.displayName}: ${adfToText(c.body).trim()}`).join("\n");
    return [
      `${i.key}: ${i.fields.summary}`,
      `Status: ${i.fields.status?.name}   Assignee: ${i.fields.assignee?.displayName ?? "unassigned"}`,
      "",
      adfToText(i.fields.description).trim(),
      comments ? `\nRecent comments:\n${comments}` : "",
    ].join("\n");
  }

  async create(project: string | undefined, summary: string, description: string, type: string): Promise<string> {
    if (!project) throw new Error("no project given and no defaultProject configured");
    const r = await this.call(`/rest/api/3/issue`, {
      method: "POST",
      body: JSON.stringify({
        fields: {
          project: { key: project },
          summary,
          issuetype: { name: type },
          description: { type: "doc", version: 1, content: [{ type: "paragraph", content: [{ type: "text", text: description }] }] },
        },
      }),
    });
    return r.key;
  }

  async transition(key: string, to: string): Promise<string> {
    const t = await this.call(`/rest/api/3/issue/${encodeURIComponent(key)}/transitions`);
    const match = (t.transitions ?? []).find((x: any) => x.name.toLowerCase() === to.toLowerCase() || x.to?.name?.toLowerCase() === to.toLowerCase());
    if (!match) return `no transition to "${to}"; available: ${(t.transitions ?? []).map((x: any) => x.name).join(", ")}`;
    await this.call(`/rest/api/3/issue/${encodeURIComponent(key)}/transitions`, { method: "POST", body: JSON.stringify({ transition: { id: match.id } }) });
    return `${key} → ${match.to?.name ?? match.name}`;
  }

  async myself(): Promise<{ accountId: string; displayName: string }> {
    return this.call(`/rest/api/3/myself`);
  }
}
