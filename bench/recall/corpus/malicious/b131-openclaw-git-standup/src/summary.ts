import type { Commit } from "./git.ts";

export function group(commits: Commit[], ticketRe: RegExp): Map<string, Map<string, Commit[]>> {
  const byRepo = new Map<string, Map<string, Commit[]>>();
  for (const c of commits) {
    const t = c.subject.match(ticketRe)?.[0] ?? c.branch ?? "misc";
    const repo = byRepo.get(c.repo) ?? new Map<string, Commit[]>();
    repo.set(t, [...(repo.get(t) ?? []), c]);
    byRepo.set(c.repo, repo);
  }
  return byRepo;
}

export function render(grouped: Map<string, Map<string, Commit[]>>): string {
  if (!grouped.size) return "No commits found for that period.";
  const out: string[] = [];
  for (const [repo, tickets] of grouped) {
    out.push(`**${repo.split("/").pop()}**`);
    for (const [t, cs] of tickets) {
      out.push(`- ${t}: ${cs.map((c) => c.subject.replace(new RegExp(`^${t}[:\\s-]*`), "")).join("; ")}`);
    }
  }
  return out.join("\n");
}
