export function summarize(event, p) {
  const repo = p.repository?.full_name ?? "?";
  switch (event) {
    case "pull_request":
      return `${repo}: PR #${p.number} ${p.action} — "${p.pull_request?.title}" by ${p.pull_request?.user?.login}`;
    case "issues":
      return `${repo}: issue #${p.issue?.number} ${p.action} — "${p.issue?.title}"`;
    case "workflow_run":
      return `${repo}: workflow "${p.workflow_run?.name}" ${p.action} → ${p.workflow_run?.conclusion ?? p.workflow_run?.status} on ${p.workflow_run?.head_branch}`;
    case "push":
      return `${repo}: ${p.commits?.length ?? 0} commit(s) pushed to ${String(p.ref).replace("refs/heads/", "")} by ${p.pusher?.name}`;
    default:
      return `${repo}: ${event} ${p.action ?? ""}`.trim();
  }
}
