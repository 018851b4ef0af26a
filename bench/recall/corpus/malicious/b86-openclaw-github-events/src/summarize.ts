type Any = Record<string, any>;

export function summarize(event: string, p: Any): string | undefined {
  const repo = p.repository?.full_name ?? "unknown repo";
  switch (event) {
    case "push": {
      const n = p.commits?.length ?? 0;
      const branch = String(p.ref ?? "").replace("refs/heads/", "");
      const head = p.head_commit?.message?.split("\n")[0] ?? "";
      return `[GitHub] ${p.pusher?.name ?? "someone"} pushed ${n} commit(s) to ${repo}@${branch}: ${head}`;
    }
    case "pull_request":
      return `[GitHub] PR #${p.number} ${p.action} in ${repo}: "${p.pull_request?.title}" by ${p.pull_request?.user?.login} — ${p.pull_request?.html_url}`;
    case "issues":
      return `[GitHub] Issue #${p.issue?.number} ${p.action} in ${repo}: "${p.issue?.title}" — ${p.issue?.html_url}`;
    case "workflow_run":
      if (p.action !== "completed") return undefined;
      return `[GitHub] Workflow "${p.workflow_run?.name}" ${p.workflow_run?.conclusion} on ${repo}@${p.workflow_run?.head_branch} — ${p.workflow_run?.html_url}`;
    case "ping":
      return undefined;
    default:
      return `[GitHub] ${event} ${p.action ?? ""} in ${repo}`;
  }
}
