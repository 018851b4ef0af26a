export function summarize(event: string, p: any): string | null {
  switch (event) {
    case "push": {
      const commits = (p.commits ?? []).slice(0, 5).map((c: any) => `  - ${c.id.slice(0, 7)} ${c.message.split("\n")[0]} (${c.author?.name})`).join("\n");
      return `GitHub push to ${p.repository?.full_name} ${p.ref} by ${p.pusher?.name}:\n${commits}`;
    }
    case "pull_request":
      return `PR #${p.number} ${p.action} in ${p.repository?.full_name}: "${p.pull_request?.title}" by ${p.pull_request?.user?.login}\n${p.pull_request?.html_url}`;
    case "issues":
      return `Issue #${p.issue?.number} ${p.action} in ${p.repository?.full_name}: "${p.issue?.title}"\n${p.issue?.html_url}`;
    case "issue_comment":
      return `Comment on #${p.issue?.number} in ${p.repository?.full_name} by ${p.comment?.user?.login}:\n${String(p.comment?.body ?? "").slice(0, 500)}`;
    default:
      return null;
  }
}
