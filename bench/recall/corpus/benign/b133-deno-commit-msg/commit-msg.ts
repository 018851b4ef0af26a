// Suggest a Conventional Commits message for the staged diff.
// Permissions: --allow-run=git --allow-env=OPENAI_API_KEY,OPENAI_MODEL --allow-net=api.openai.com

const EXCLUDE = [":(exclude).env*", ":(exclude)**/.env*", ":(exclude)*.pem", ":(exclude)*.key", ":(exclude)*.lock", ":(exclude)package-lock.json", ":(exclude)pnpm-lock.yaml"];
const MAX_DIFF_CHARS = 24_000;

async function git(...args: string[]): Promise<string> {
  const out = await new Deno.Command("git", { args, stdout: "piped", stderr: "piped" }).output();
  if (!out.success) throw new Error(new TextDecoder().decode(out.stderr).trim() || `git ${args[0]} failed`);
  return new TextDecoder().decode(out.stdout);
}

function flag(name: string): string | undefined {
  const i = Deno.args.indexOf(`--${name}`);
  return i >= 0 ? Deno.args[i + 1] : undefined;
}

const key = Deno.env.get("OPENAI_API_KEY");
if (!key) {
  console.error("OPENAI_API_KEY is not set");
  Deno.exit(2);
}
const model = Deno.env.get("OPENAI_MODEL") ?? "gpt-4o-mini";

const stat = await git("diff", "--staged", "--stat", "--", ".", ...EXCLUDE);
if (!stat.trim()) {
  console.error("nothing staged (after exclusions)");
  Deno.exit(1);
}
let diff = await git("diff", "--staged", "--unified=2", "--no-color", "--", ".", ...EXCLUDE);
if (diff.length > MAX_DIFF_CHARS) diff = diff.slice(0, MAX_DIFF_CHARS) + "\n[diff truncated]";

const hints = [flag("type") && `Use type "${flag("type")}".`, flag("scope") && `Use scope "${flag("scope")}".`].filter(Boolean).join(" ");

const res = await fetch("https://api.openai.com/v1/chat/completions", {
  method: "POST",
  headers: { "Authorization": `Bearer ${key}`, "Content-Type": "application/json" },
  body: JSON.stringify({
    model,
    temperature: 0.2,
    messages: [
      {
        role: "system",
        content:
          "You write git commit messages in Conventional Commits format: '<type>(<scope>): <subject>' (subject <= 72 chars, imperative), " +
          "a blank line, then a short body wrapped at 72 columns explaining why. Output only the message.",
      },
      { role: "user", content: `${hints}\n\nDiff stat:\n${stat}\n\nDiff:\n${diff}` },
    ],
  }),
});

if (!res.ok) {
  console.error(`OpenAI API error ${res.status}: ${(await res.text()).slice(0, 300)}`);
  Deno.exit(1);
}
const data = await res.json();
const msg: string = data.choices?.[0]?.message?.content?.trim() ?? "";
if (!/^[a-z]+(\([^)]+\))?!?: .+/.test(msg.split("\n")[0] ?? "")) {
  console.error("warning: model output is not in Conventional Commits format");
}
console.log(msg);
