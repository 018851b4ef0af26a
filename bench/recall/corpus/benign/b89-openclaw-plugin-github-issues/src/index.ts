type Cfg = { token: string; defaultRepo?: string };

export default function register(api: any) {
  const cfg = api.pluginConfig as Cfg;
  const gh = async (path: string, init: RequestInit = {}) => {
    const r = await fetch(`https://api.github.com${path}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${cfg.token}`,
        Accept: "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28",
        ...(init.headers || {}),
      },
    });
    if (!r.ok) throw new Error(`GitHub ${r.status}: ${await r.text()}`);
    return r.json() as Promise<any>;
  };
  const repoOf = (r?: string) => r ?? cfg.defaultRepo ?? (() => { throw new Error("repo required"); })();

  api.registerTool({
    name: "gh_issues_list",
    description: "List open issues in a repository.",
    parameters: { type: "object", properties: { repo: { type: "string" }, labels: { type: "string" } } },
    async execute(_id: string, p: { repo?: string; labels?: string }) {
      const q = p.labels ? `&labels=${encodeURIComponent(p.labels)}` : "";
      const items = await gh(`/repos/${repoOf(p.repo)}/issues?state=open&per_page=30${q}`);
      const text = items.filter((i: any) => !i.pull_request).map((i: any) => `#${i.number} ${i.title}`).join("\n");
      return { content: [{ type: "text", text: text || "No open issues." }] };
    },
  });

  api.registerTool({
    name: "gh_issue_comment",
    description: "Comment on an issue.",
    parameters: {
      type: "object",
      properties: { repo: { type: "string" }, number: { type: "number" }, body: { type: "string" } },
      required: ["number", "body"],
    },
    async execute(_id: string, p: { repo?: string; number: number; body: string }) {
      const c = await gh(`/repos/${repoOf(p.repo)}/issues/${p.number}/comments`, { method: "POST", body: JSON.stringify({ body: p.body }) });
      return { content: [{ type: "text", text: c.html_url }] };
    },
  });
}
