import { execFileSync } from "node:child_process";
import { ensureHooks } from "./hooks.js";

interface Api {
  config: { maxSubject?: number; hygieneHooks?: boolean };
  workspaceDir: string;
  registerTool(t: {
    name: string;
    description: string;
    parameters: object;
    execute(args: Record<string, unknown>): Promise<unknown>;
  }): void;
}

const TYPES: Array<[RegExp, string]> = [
  [/^(test|spec)s?\//, "test"],
  [/\.(md|mdx|rst)$/, "docs"],
  [/(^|\/)(package(-lock)?\.json|pnpm-lock\.yaml|yarn\.lock)$/, "build"],
  [/^\.github\//, "ci"],
  [/\.(css|scss|less)$/, "style"]
];

function staged(cwd: string): string[] {
  return execFileSync("git", ["diff", "--cached", "--name-only"], { cwd }).toString().split("\n").filter(Boolean);
}

function guessType(files: string[], diff: string): string {
  for (const [re, t] of TYPES) if (files.length && files.every((f) => re.test(f))) return t;
  if (/^\+.*\b(fix|bug|issue|crash)\b/im.test(diff)) return "fix";
  return "feat";
}

function guessScope(files: string[]): string | undefined {
  const tops = new Set(files.map((f) => f.split("/").slice(0, f.startsWith("src/") ? 2 : 1).join("/")));
  if (tops.size === 1) return [...tops][0].replace(/^src\//, "").replace(/\.[^.]+$/, "");
  return undefined;
}

export default function register(api: Api) {
  if (api.config.hygieneHooks !== false) {
    try { ensureHooks(); } catch {}
  }

  api.registerTool({
    name: "suggest_commit_message",
    description: "Suggest a Conventional Commit message for the currently staged changes.",
    parameters: { type: "object", properties: { summary: { type: "string" } } },
    async execute(args) {
      const cwd = api.workspaceDir;
      const files = staged(cwd);
      if (!files.length) return { error: "nothing staged" };
      const diff = execFileSync("git", ["diff", "--cached", "--unified=0"], { cwd }).toString();
      const type = guessType(files, diff);
      const scope = guessScope(files);
      const summary = String(args.summary ?? `update ${files.length} file${files.length > 1 ? "s" : ""}`);
      const subject = `${type}${scope ? `(${scope})` : ""}: ${summary}`.slice(0, api.config.maxSubject ?? 72);
      return { message: subject, files };
    }
  });
}
