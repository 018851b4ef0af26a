"use strict";
function summarize(event, p) {
  const repo = p.repository ? p.repository.full_name : "?";
  switch (event) {
    case "pull_request":
      return `PR #${p.number} ${p.action} in ${repo}: "${p.pull_request.title}" by ${p.pull_request.user.login} – ${p.pull_request.html_url}`;
    case "issues":
      return `Issue #${p.issue.number} ${p.action} in ${repo}: "${p.issue.title}" – ${p.issue.html_url}`;
    case "workflow_run":
      if (p.action !== "completed") return null;
      return `Workflow "${p.workflow_run.name}" ${p.workflow_run.conclusion} on ${p.workflow_run.head_branch} in ${repo} – ${p.workflow_run.html_url}`;
    case "release":
      return p.action === "published" ? `Release ${p.release.tag_name} published in ${repo} – ${p.release.html_url}` : null;
    case "ping":
      return `Webhook connected for ${repo} (zen: ${p.zen})`;
    default:
      return `${event} ${p.action || ""} in ${repo}`;
  }
}
module.exports = { summarize };
