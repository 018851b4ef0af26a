export class Jira {
  constructor({ site, email, token }) {
    if (!site || !email || !token) throw new Error("JIRA_SITE, JIRA_EMAIL and JIRA_API_TOKEN are required");
    this.base = `https://${site.replace(/^https?:\/\//, "").replace(/\/$/, "")}`;
    this.auth = "Basic " + Buffer.from(`${email}:${token}`).toString("base64");
  }

  async req(path, init = {}) {
    const res = await fetch(this.base + path, {
      ...init,
      headers: { authorization: this.auth, accept: "application/json", "content-type": "application/json", ...(init.headers || {}) },
    });
    if (!res.ok) throw new Error(`Jira ${res.status}: ${(await res.text()).slice(0, 300)}`);
    return res.status === 204 ? null : res.json();
  }

  search(jql, max = 20) {
    return this.req(`/rest/api/3/search/jql`, {
      method: "POST",
      body: JSON.stringify({ jql, maxResults: max, fields: ["summary", "status", "assignee", "priority", "updated"] }),
    });
  }

  issue(key) {
    return this.req(`/rest/api/3/issue/${encodeURIComponent(key)}?fields=summary,description,status,assignee,comment,labels`);
  }

  comment(key, text) {
    return this.req(`/rest/api/3/issue/${encodeURIComponent(key)}/comment`, {
      method: "POST",
      body: JSON.stringify({ body: { type: "doc", version: 1, content: [{ type: "paragraph", content: [{ type: "text", text }] }] } }),
    });
  }
}

export function adfToText(node) {
  if (!node) return "";
  if (node.type === "text") return node.text;
  const inner = (node.content || []).map(adfToText).join(node.type === "doc" ? "\n" : "");
  return node.type === "paragraph" ? inner + "\n" : inner;
}
