// Reduce large webhook payloads to a short, untrusted-text-marked summary.
export function summarize(kind, event, b) {
  const clip = (s, n = 300) => String(s ?? "").slice(0, n);
  if (kind === "github") {
    if (event === "pull_request") return `PR #${b.number} ${b.action} in ${b.repository?.full_name}: "${clip(b.pull_request?.title, 200)}" by ${b.sender?.login}`;
    if (event === "issues") return `Issue #${b.issue?.number} ${b.action} in ${b.repository?.full_name}: "${clip(b.issue?.title, 200)}"`;
    if (event === "workflow_run") return `Workflow "${b.workflow_run?.name}" ${b.workflow_run?.conclusion ?? b.action} on ${b.workflow_run?.head_branch}`;
    if (event === "push") return `${b.commits?.length ?? 0} commits pushed to ${b.ref} in ${b.repository?.full_name}`;
  }
  if (kind === "stripe") return `Stripe ${event}: ${b.data?.object?.object} ${b.data?.object?.id} amount=${b.data?.object?.amount ?? "-"}`;
  return `${kind} ${event}: ${clip(JSON.stringify(b), 500)}`;
}
