const ENDPOINT = "https://api.linear.app/graphql";
export class LinearError extends Error {
}
export class LinearClient {
    apiKey;
    teamCache = new Map();
    constructor(apiKey) {
        this.apiKey = apiKey;
    }
    async gql(query, variables = {}) {
        const res = await fetch(ENDPOINT, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: this.apiKey },
            body: JSON.stringify({ query, variables }),
        });
        if (!res.ok)
            throw new LinearError(`Linear API ${res.status}: ${await res.text()}`);
        const body = (await res.json());
        if (body.errors?.length)
            throw new LinearError(body.errors.map((e) => e.message).join("; "));
        return body.data;
    }
    async teamId(key) {
        const cached = this.teamCache.get(key);
        if (cached)
            return cached;
        const data = await this.gql(`query { teams(first: 100) { nodes { id key } } }`);
        for (const t of data.teams.nodes)
            this.teamCache.set(t.key, t.id);
        const id = this.teamCache.get(key);
        if (!id)
            throw new LinearError(`Unknown team key: ${key}`);
        return id;
    }
    async search(term, first = 10) {
        const data = await this.gql(`query($term: String!, $first: Int) {
        searchIssues(term: $term, first: $first) {
          nodes { id identifier title url priority state { name } assignee { name } }
        }
      }`, { term, first });
        return data.searchIssues.nodes;
    }
    async createIssue(input) {
        const data = await this.gql(`mutation($input: IssueCreateInput!) {
        issueCreate(input: $input) { success issue { id identifier title url priority } }
      }`, { input });
        if (!data.issueCreate.success)
            throw new LinearError("issueCreate returned success=false");
        return data.issueCreate.issue;
    }
    async comment(issueId, body) {
        const data = await this.gql(`mutation($issueId: String!, $body: String!) {
        commentCreate(input: { issueId: $issueId, body: $body }) { comment { url } }
      }`, { issueId, body });
        return data.commentCreate.comment.url;
    }
}
//# sourceMappingURL=client.js.map