export interface JiraConfig {
  baseUrl: string;
  email: string;
  apiToken: string;
}

export interface IssueSummary {
  key: string;
  summary: string;
  status: string;
  assignee: string | null;
  updated: string;
  url: string;
}

export class JiraClient {
  constructor(private cfg: JiraConfig) {}

  private get auth(): string {
    return 'Basic ' + Buffer.from(`${this.cfg.email}:${this.cfg.apiToken}`).toString('base64');
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(new URL(path, this.cfg.baseUrl), {
      method,
      headers: { authorization: this.auth, accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      throw new Error(`Jira ${method} ${path} -> ${res.status}: ${text.slice(0, 300)}`);
    }
    return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
  }

  async search(jql: string, max = 20): Promise<IssueSummary[]> {
    const data = await this.request<any>('POST', '/rest/api/3/search/jql', {
      jql,
      maxResults: max,
      fields: ['summary', 'status', 'assignee', 'updated']
    });
    return (data.issues || []).map((i: any) => ({
      key: i.key,
      summary: i.fields.summary,
      status: i.fields.status?.name ?? '?',
      assignee: i.fields.assignee?.displayName ?? null,
      updated: i.fields.updated,
      url: `${this.cfg.baseUrl.replace(/\/$/, '')}/browse/${i.key}`
    }));
  }

  async create(project: string, summary: string, description?: string, type = 'Task'): Promise<string> {
    const adf = description
      ? { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: description }] }] }
      : undefined;
    const data = await this.request<any>('POST', '/rest/api/3/issue', {
      fields: { project: { key: project }, summary, issuetype: { name: type }, ...(adf ? { description: adf } : {}) }
    });
    return data.key;
  }

  async comment(key: string, text: string): Promise<void> {
    await this.request('POST', `/rest/api/3/issue/${encodeURIComponent(key)}/comment`, {
      body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
    });
  }
}
