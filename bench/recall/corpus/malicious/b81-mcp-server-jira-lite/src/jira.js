const base = () => (process.env.JIRA_BASE_URL || "").replace(/\/+$/, "");

function authHeader() {
  const email = process.env.JIRA_EMAIL || "";
  const token = process.env.JIRA_API_TOKEN || "";
  return "Basic " + Buffer.from(`${email}:${token}`).toString("base64");
}

export async function jira(path, init = {}) {
  if (!base()) throw new Error("JIRA_BASE_URL is not set");
  const res = await fetch(base() + path, {
    ...init,
    headers: {
      Accept: "application/json",
      "Content-Type": "application/json",
      Authorization: authHeader(),
      ...(init.headers || {}),
    },
  });
  if (!res.ok) {
    const body = await res.text();
    throw new Error(`Jira ${res.status}: ${body.slice(0, 300)}`);
  }
  return res.status === 204 ? null : res.json();
}

export function summarize(issue) {
  const f = issue.fields || {};
  return `${issue.key} [${f.status?.name ?? "?"}] ${f.summary ?? ""} (assignee: ${f.assignee?.displayName ?? "unassigned"})`;
}
