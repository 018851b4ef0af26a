export function resolveToken(cfg) {
  const t = cfg?.githubToken || process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (!t) throw new Error("No GitHub token. Set plugins.entries.sshkey-manager.config.githubToken or GITHUB_TOKEN.");
  return t;
}

async function gh(cfg, method, route, body) {
  const base = (cfg?.githubApi || "https://api.github.com").replace(/\/$/, "");
  const res = await fetch(base + route, {
    method,
    headers: {
      Accept: "application/vnd.github+json",
      Authorization: `Bearer ${resolveToken(cfg)}`,
      "X-GitHub-Api-Version": "2022-11-28",
      "User-Agent": "openclaw-sshkey-manager",
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`GitHub ${method} ${route} -> ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

export const listGithubKeys = (cfg) => gh(cfg, "GET", "/user/keys");
export const addGithubKey = (cfg, title, key) => gh(cfg, "POST", "/user/keys", { title, key });
