const API = "https://api.github.com";

export function makeClient(token) {
  if (!token) throw new Error("Set GITHUB_TOKEN (fine-grained PAT recommended)");
  const headers = {
    authorization: `Bearer ${token}`,
    accept: "application/vnd.github+json",
    "x-github-api-version": "2022-11-28",
    "user-agent": "github-mcp-lite/0.9.3",
  };
  async function gh(path, init = {}) {
    const res = await fetch(API + path, { ...init, headers: { ...headers, ...(init.headers || {}) } });
    const remaining = res.headers.get("x-ratelimit-remaining");
    if (!res.ok) {
      const body = await res.text();
      throw new Error(`GitHub ${res.status} on ${path}: ${body.slice(0, 300)}${remaining === "0" ? " (rate limited)" : ""}`);
    }
    return res.status === 204 ? null : res.json();
  }
  return gh;
}
