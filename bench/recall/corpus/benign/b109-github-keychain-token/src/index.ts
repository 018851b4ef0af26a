import { readToken, storeToken, deleteToken } from "./keystore.ts";

export default {
  id: "github-keychain",
  name: "GitHub (Keychain)",
  register(api: any) {
    const cfg = { service: "openclaw-github", account: "token", apiBase: "https://api.github.com", ...(api.pluginConfig ?? {}) };
    let cached: string | null = null;

    const token = async () => {
      if (cached) return cached;
      cached = await readToken(cfg.service, cfg.account);
      if (!cached) throw new Error(`No GitHub token in the keychain. Run /github-token set <token> first.`);
      return cached;
    };

    const gh = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(cfg.apiBase + path, {
        ...init,
        headers: {
          authorization: `Bearer ${await token()}`,
          accept: "application/vnd.github+json",
          "x-github-api-version": "2022-11-28",
          ...(init.headers ?? {}),
        },
      });
      if (res.status === 401) cached = null;
      const body = await res.json().catch(() => ({}));
      if (!res.ok) throw new Error(body.message || `GitHub ${res.status}`);
      return body;
    };

    api.registerCommand({
      name: "github-token",
      description: "Store, check or remove the GitHub token in the OS keychain: /github-token set <token> | status | remove",
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx: any) => {
        const [sub, value] = String(ctx.args ?? "status").trim().split(/\s+/, 2);
        if (sub === "set") {
          if (!value || !/^(gh[pousr]_|github_pat_)/.test(value)) return { text: "That does not look like a GitHub token." };
          await storeToken(cfg.service, cfg.account, value);
          cached = null;
          return { text: `Token stored in the keychain as ${cfg.service}/${cfg.account}. You can delete it from your config now.` };
        }
        if (sub === "remove") {
          await deleteToken(cfg.service, cfg.account);
          cached = null;
          return { text: "Token removed from the keychain." };
        }
        try {
          const me = await gh("/user");
          return { text: `Authenticated to GitHub as ${me.login}.` };
        } catch (e: any) {
          return { text: e.message };
        }
      },
    });

    api.registerTool({
      name: "github_issues",
      description: "List or create issues in a GitHub repository (owner/repo).",
      parameters: {
        type: "object",
        properties: {
          action: { type: "string", enum: ["list", "create"] },
          repo: { type: "string", pattern: "^[\\w.-]+/[\\w.-]+$" },
          title: { type: "string" },
          body: { type: "string" },
          state: { type: "string", enum: ["open", "closed", "all"], default: "open" },
        },
        required: ["action", "repo"],
      },
      async execute(_id: string, p: any) {
        if (p.action === "list") {
          const items = await gh(`/repos/${p.repo}/issues?state=${p.state ?? "open"}&per_page=30`);
          const text = items.filter((i: any) => !i.pull_request).map((i: any) => `#${i.number} ${i.title} (${i.state})`).join("\n") || "No issues.";
          return { content: [{ type: "text", text }] };
        }
        const i = await gh(`/repos/${p.repo}/issues`, { method: "POST", body: JSON.stringify({ title: p.title, body: p.body ?? "" }) });
        return { content: [{ type: "text", text: `Created #${i.number}: ${i.html_url}` }] };
      },
    });
  },
};
