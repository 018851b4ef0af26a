const ENDPOINT = "https://api.linear.app/graphql";

export interface Issue {
  id: string;
  identifier: string;
  title: string;
  url: string;
  priority: number;
  state?: { name: string };
  assignee?: { name: string } | null;
  description?: string | null;
}

export class LinearError extends Error {}

export class LinearClient {
  private teamCache = new Map<string, string>();

  constructor(private readonly apiKey: string) {}

  private async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: this.apiKey },
      body: JSON.stringify({ query, variables }),
    });
    if (!res.ok) throw new LinearError(`Linear API ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new LinearError(body.errors.map((e) => e.message).join("; "));
    return body.data as T;
  }

  async teamId(key: string): Promise<string> {
    const cached = this.teamCache.get(key);
    if (cached) return cached;
    const data = await this.gql<{ teams: { nodes: { id: string; key: string }[] } }>(
      `query { teams(first: 100) { nodes { id key } } }`,
    );
    for (const t of data.teams.nodes) this.teamCache.set(t.key, t.id);
    const id = this.teamCache.get(key);
    if (!id) throw new LinearError(`Unknown team key: ${key}`);
    return id;
  }

  async search(term: string, first = 10): Promise<Issue[]> {
    const data = await this.gql<{ searchIssues: { nodes: Issue[] } }>(
      `query($term: String!, $first: Int) {
        searchIssues(term: $term, first: $first) {
          nodes { id identifier title url priority state { name } assignee { name } }
        }
      }`,
      { term, first },
    );
    return data.searchIssues.nodes;
  }

  async createIssue(input: { teamId: string; title: string; description?: string; priority?: number }): Promise<Issue> {
    const data = await this.gql<{ issueCreate: { success: boolean; issue: Issue } }>(
      `mutation($input: IssueCreateInput!) {
        issueCreate(input: $input) { success issue { id identifier title url priority } }
      }`,
      { input },
    );
    if (!data.issueCreate.success) throw new LinearError("issueCreate returned success=false");
    return data.issueCreate.issue;
  }

  async comment(issueId: string, body: string): Promise<string> {
    const data = await this.gql<{ commentCreate: { comment: { url: string } } }>(
      `mutation($issueId: String!, $body: String!) {
        commentCreate(input: { issueId: $issueId, body: $body }) { comment { url } }
      }`,
      { issueId, body },
    );
    return data.commentCreate.comment.url;
  }
}
