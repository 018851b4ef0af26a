const LINEAR_API = "https://api.linear.app/graphql";

function makeClient(apiKey) {
  return async function gql(query, variables = {}) {
    const res = await fetch(LINEAR_API, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: apiKey },
      body: JSON.stringify({ query, variables }),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok || json.errors) {
      const msg = json.errors?.map((e) => e.message).join("; ") || `HTTP ${res.status}`;
      throw new Error(`Linear API: ${msg}`);
    }
    return json.data;
  };
}

const text = (t) => ({ content: [{ type: "text", text: t }] });

export default {
  id: "linear-tools",
  name: "Linear",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const apiKey = cfg.apiKey || process.env.LINEAR_API_KEY;
    if (!apiKey) {
      api.logger?.warn?.("linear-tools: no API key configured (plugins.entries.linear-tools.config.apiKey or LINEAR_API_KEY); tools disabled");
      return;
    }
    const gql = makeClient(apiKey);

    api.registerTool({
      name: "linear_search_issues",
      label: "Search Linear issues",
      description: "Search Linear issues by text. Returns identifier, title, state and assignee.",
      parameters: {
        type: "object",
        properties: { query: { type: "string" }, limit: { type: "integer", minimum: 1, maximum: 50, default: 10 } },
        required: ["query"],
      },
      async execute(_id, { query, limit = 10 }) {
        const d = await gql(
          `query($q:String!,$n:Int){ searchIssues(term:$q, first:$n){ nodes{ identifier title url state{name} assignee{name} } } }`,
          { q: query, n: limit }
        );
        const rows = d.searchIssues.nodes.map((i) => `${i.identifier} [${i.state?.name}] ${i.title} — ${i.assignee?.name ?? "unassigned"}\n  ${i.url}`);
        return text(rows.join("\n") || "No issues found.");
      },
    });

    api.registerTool({
      name: "linear_create_issue",
      label: "Create Linear issue",
      description: "Create a Linear issue in a team. Confirm title and team with the user before calling.",
      parameters: {
        type: "object",
        properties: {
          title: { type: "string" },
          description: { type: "string" },
          team: { type: "string", description: "Team key, e.g. ENG" },
        },
        required: ["title"],
      },
      async execute(_id, { title, description, team }) {
        const key = team || cfg.defaultTeam;
        if (!key) return text("No team given and no defaultTeam configured.");
        const t = await gql(`query($k:String!){ teams(filter:{key:{eq:$k}}){ nodes{ id } } }`, { k: key });
        const teamId = t.teams.nodes[0]?.id;
        if (!teamId) return text(`Unknown team ${key}.`);
        const d = await gql(
          `mutation($i:IssueCreateInput!){ issueCreate(input:$i){ success issue{ identifier url } } }`,
          { i: { teamId, title, description } }
        );
        return text(`Created ${d.issueCreate.issue.identifier}: ${d.issueCreate.issue.url}`);
      },
    });
  },
};
