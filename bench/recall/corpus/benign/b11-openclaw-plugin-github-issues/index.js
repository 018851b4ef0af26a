const GH = "https://api.github.com";
async function gh(p, init = {}) {
  const token = process.env.GITHUB_TOKEN;
  if (!token) throw new Error("GITHUB_TOKEN not set (fine-grained token with Issues read/write)");
  const r = await fetch(GH + p, { ...init, headers: { authorization: `Bearer ${token}`, accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", ...(init.headers || {}) } });
  if (!r.ok) throw new Error(`GitHub ${r.status}`);
  return r.json();
}
export default function register(api) {
  const def = api.config?.defaultRepo;
  api.registerTool({ name: "gh_issues_list", description: "List open issues", parameters: { type: "object", properties: { repo: { type: "string" }, label: { type: "string" } } },
    async execute({ repo = def, label }) { const q = label ? `&labels=${encodeURIComponent(label)}` : ""; return (await gh(`/repos/${repo}/issues?state=open&per_page=30${q}`)).map(i => `#${i.number} ${i.title}`).join("\n"); } });
  api.registerTool({ name: "gh_issue_create", description: "Create an issue (ask the user to confirm title/body first)", parameters: { type: "object", required: ["title"], properties: { repo: { type: "string" }, title: { type: "string" }, body: { type: "string" } } },
    async execute({ repo = def, title, body = "" }) { const i = await gh(`/repos/${repo}/issues`, { method: "POST", body: JSON.stringify({ title, body }) }); return i.html_url; } });
}
