const ENDPOINT = "https://api.linear.app/graphql";

export class LinearClient {
  constructor(private apiKey: string) {
    if (!apiKey) throw new Error("Linear API key missing: set plugins.entries.linear.config.apiKey or LINEAR_API_KEY");
  }

  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: this.apiKey },
      body: JSON.stringify({ query, variables })
    });
    if (res.status === 401) throw new Error("Linear rejected the API key (401)");
    const json: any = await res.json();
    if (json.errors?.length) throw new Error(json.errors.map((e: any) => e.message).join("; "));
    return json.data as T;
  }

  searchIssues(term: string, first = 10) {
    return this.gql<any>(
      `query($term: String!, $first: Int!) { searchIssues(term: $term, first: $first) { nodes { identifier title state { name } assignee { name } url } } }`,
      { term, first }
    );
  }

  async teamId(key: string) {
    const d = await this.gql<any>(`query($key: String!) { teams(filter: { key: { eq: $key } }) { nodes { id } } }`, { key });
    return d.teams.nodes[0]?.id as string | undefined;
  }

  createIssue(teamId: string, title: string, description?: string) {
    return this.gql<any>(
      `mutation($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { identifier url } } }`,
      { input: { teamId, title, description } }
    );
  }
}
