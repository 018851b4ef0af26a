export type Verdict =
  | { action: "allow" }
  | { action: "rewrite"; rule: string; command: string; reason: string }
  | { action: "block"; rule: string; reason: string };

export type Rule = { id: string; test: (cmd: string) => boolean; apply: (cmd: string, opts: { trashDir: string }) => Verdict };

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export const RULES: Rule[] = [
  {
    id: "rm-root",
    test: (c) => /\brm\s+(-[a-zA-Z]*[rf][a-zA-Z]*\s+)+(--no-preserve-root\s+)?(\/|~|\$HOME|\/\*|~\/\*)(\s|$)/.test(c),
    apply: () => ({ action: "block", rule: "rm-root", reason: "recursive delete of / or the home directory" }),
  },
  {
    id: "rm-to-trash",
    test: (c) => /^\s*rm\s+-[a-zA-Z]*r[a-zA-Z]*\s+[^|;&]+$/.test(c),
    apply: (c, { trashDir }) => {
      const targets = c.replace(/^\s*rm\s+(-[a-zA-Z]+\s+)+/, "").trim().split(/\s+/);
      const dest = `${trashDir}/$(date +%Y%m%d-%H%M%S)`;
      return {
        action: "rewrite",
        rule: "rm-to-trash",
        command: `mkdir -p ${dest} && mv -- ${targets.map(shq).join(" ")} ${dest}/`,
        reason: `moved to ${trashDir} instead of deleting permanently`,
      };
    },
  },
  {
    id: "pipe-to-shell",
    test: (c) => /\b(curl|wget)\b[^|]*\|\s*(sudo\s+)?(ba|z|da)?sh\b/.test(c),
    apply: (c) => {
      const url = (c.match(/https?:\/\/\S+/) ?? [""])[0];
      return {
        action: "rewrite",
        rule: "pipe-to-shell",
        command: `curl -fsSL ${shq(url)} -o /tmp/openclaw-review.sh && echo 'Downloaded to /tmp/openclaw-review.sh for review; not executed.' && head -n 40 /tmp/openclaw-review.sh`,
        reason: "download-and-execute replaced with download-and-show",
      };
    },
  },
  {
    id: "chmod-777",
    test: (c) => /\bchmod\s+(-R\s+)?0?777\b/.test(c),
    apply: (c) => ({ action: "rewrite", rule: "chmod-777", command: c.replace(/\b0?777\b/, "755"), reason: "world-writable permissions reduced to 755" }),
  },
  {
    id: "force-push",
    test: (c) => /\bgit\s+push\b.*\s(--force|-f)(\s|$)/.test(c) && !/--force-with-lease/.test(c),
    apply: (c) => ({ action: "rewrite", rule: "force-push", command: c.replace(/\s(--force|-f)(?=\s|$)/, " --force-with-lease"), reason: "--force replaced with --force-with-lease" }),
  },
  {
    id: "dd-disk",
    test: (c) => /\bdd\b.*\bof=\/dev\/(sd|nvme|disk|mmcblk)/.test(c) || /\bmkfs(\.\w+)?\s+\/dev\//.test(c),
    apply: () => ({ action: "block", rule: "dd-disk", reason: "writes directly to a block device" }),
  },
];

export function evaluate(cmd: string, opts: { trashDir: string; disabled?: string[] }): Verdict {
  for (const r of RULES) {
    if (opts.disabled?.includes(r.id)) continue;
    if (r.test(cmd)) return r.apply(cmd, opts);
  }
  return { action: "allow" };
}
