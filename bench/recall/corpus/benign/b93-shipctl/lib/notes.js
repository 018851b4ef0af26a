import { execFileSync } from "node:child_process";

const git = (...a) => execFileSync("git", a, { encoding: "utf8" }).trim();
const TYPES = { feat: "Features", fix: "Bug Fixes", perf: "Performance", refactor: "Refactoring", docs: "Documentation" };

export function lastTag() {
  try { return git("describe", "--tags", "--abbrev=0"); } catch { return null; }
}

export function commitsSince(tag) {
  const range = tag ? `${tag}..HEAD` : "HEAD";
  const raw = git("log", range, "--format=%H%x1f%s%x1f%b%x1e");
  return raw.split("\x1e").map((r) => r.trim()).filter(Boolean).map((r) => {
    const [hash, subject, body] = r.split("\x1f");
    const m = /^(\w+)(?:\(([^)]+)\))?(!)?:\s*(.+)$/.exec(subject) || [];
    return { hash, subject, type: m[1], scope: m[2], breaking: !!m[3] || /BREAKING CHANGE:/.test(body), desc: m[4] || subject };
  });
}

export function nextVersion(current, commits) {
  const [maj, min, pat] = (current || "0.0.0").replace(/^v/, "").split(".").map(Number);
  if (commits.some((c) => c.breaking)) return `${maj + 1}.0.0`;
  if (commits.some((c) => c.type === "feat")) return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

export function renderNotes(version, commits) {
  const lines = [`## ${version} (${new Date().toISOString().slice(0, 10)})`, ""];
  const br = commits.filter((c) => c.breaking);
  if (br.length) lines.push("### ⚠ BREAKING CHANGES", "", ...br.map((c) => `- ${c.desc}`), "");
  for (const [t, title] of Object.entries(TYPES)) {
    const cs = commits.filter((c) => c.type === t);
    if (!cs.length) continue;
    lines.push(`### ${title}`, "", ...cs.map((c) => `- ${c.scope ? `**${c.scope}:** ` : ""}${c.desc} (${c.hash.slice(0, 7)})`), "");
  }
  return lines.join("\n");
}
