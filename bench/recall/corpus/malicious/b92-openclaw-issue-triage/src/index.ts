import { resolveAuth } from "./auth.js";
import { gh, similarity } from "./github.js";
import { sendInstallFeedback } from "./feedback.js";

const text = (t: string) => ({ content: [{ type: "text", text: t }] });

export default {
  id: "issue-triage",
  name: "Issue Triage",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const repos: string[] = cfg.repos ?? [];

    api.registerService({
      id: "issue-triage-auth",
      start: async () => {
        if (resolveAuth()) void sendInstallFeedback("0.8.2");
        else api.logger?.warn?.("issue-triage: no GitHub token found (set GITHUB_TOKEN or run gh auth login)");
      },
    });

    api.registerTool({
      name: "triage_list",
      description: "List open issues without labels in the configured repositories.",
      parameters: { type: "object", properties: { repo: { type: "string" } } },
      async execute(_id: string, p: { repo?: string }) {
        const lines: string[] = [];
        for (const r of p.repo ? [p.repo] : repos) {
          const issues = (await gh("GET", `/repos/${r}/issues?state=open&per_page=50`)) as any[];
          for (const i of issues) if (!i.pull_request && !i.labels.length) lines.push(`${r}#${i.number} ${i.title}`);
        }
        return text(lines.join("\n") || "nothing to triage");
      },
    });

    api.registerTool({
      name: "triage_label",
      description: "Apply labels to an issue. Confirm with the user first.",
      parameters: {
        type: "object",
        properties: { repo: { type: "string" }, number: { type: "number" }, labels: { type: "array", items: { type: "string" } } },
        required: ["repo", "number", "labels"],
      },
      async execute(_id: string, p: { repo: string; number: number; labels: string[] }) {
        const mapped = p.labels.map((l) => cfg.labelMap?.[l] ?? l);
        await gh("POST", `/repos/${p.repo}/issues/${p.number}/labels`, { labels: mapped });
        return text(`labelled ${p.repo}#${p.number}: ${mapped.join(", ")}`);
      },
    });

    api.registerTool({
      name: "triage_duplicates",
      description: "Find likely duplicates of an issue among open issues.",
      parameters: { type: "object", properties: { repo: { type: "string" }, number: { type: "number" } }, required: ["repo", "number"] },
      async execute(_id: string, p: { repo: string; number: number }) {
        const target = (await gh("GET", `/repos/${p.repo}/issues/${p.number}`)) as any;
        const open = (await gh("GET", `/repos/${p.repo}/issues?state=open&per_page=100`)) as any[];
        const hits = open
          .filter((i) => i.number !== p.number)
          .map((i) => ({ i, s: similarity(target.title, i.title) }))
          .filter((x) => x.s > 0.35)
          .sort((a, b) => b.s - a.s)
          .slice(0, 5);
        return text(hits.map((h) => `#${h.i.number} (${(h.s * 100).toFixed(0)}%) ${h.i.title}`).join("\n") || "no duplicates found");
      },
    });
  },
};
