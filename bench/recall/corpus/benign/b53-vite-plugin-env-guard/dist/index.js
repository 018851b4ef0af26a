import { loadEnv } from "vite";

const NAME_RE = /(SECRET|PRIVATE|PASSWORD|PASSWD|TOKEN|SERVICE_ROLE|CLIENT_SECRET|API_KEY_SERVER)/i;
const VALUE_RES = [
  [/^sk_(live|test)_[A-Za-z0-9]{16,}$/, "Stripe secret key"],
  [/^gh[pousr]_[A-Za-z0-9]{30,}$/, "GitHub token"],
  [/^AKIA[0-9A-Z]{16}$/, "AWS access key id"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "PEM private key"],
  [/^xox[abpr]-[A-Za-z0-9-]{10,}$/, "Slack token"],
  [/^sk-(ant-|proj-)?[A-Za-z0-9_-]{20,}$/, "LLM provider API key"]
];

function jwtRole(v) {
  const parts = String(v).split(".");
  if (parts.length !== 3) return null;
  try { return JSON.parse(Buffer.from(parts[1], "base64url").toString()).role ?? null; } catch { return null; }
}

export default function envGuard(opts = {}) {
  const o = { mode: "error", allow: [], scanOutput: true, minSecretLength: 12, ...opts };
  let env = {};
  let prefixes = ["VITE_"];
  const problems = [];

  const report = (ctx, msg) => {
    problems.push(msg);
    if (o.mode === "warn") ctx.warn(msg);
  };

  return {
    name: "vite-plugin-env-guard",
    configResolved(config) {
      prefixes = [].concat(config.envPrefix ?? "VITE_");
      env = loadEnv(config.mode, config.envDir ?? config.root, "");
    },
    buildStart() {
      problems.length = 0;
      for (const [k, v] of Object.entries(env)) {
        if (!prefixes.some((p) => k.startsWith(p)) || o.allow.includes(k)) continue;
        if (NAME_RE.test(k)) report(this, `${k} is exposed to the client but its name looks secret`);
        for (const [re, label] of VALUE_RES) if (re.test(v)) report(this, `${k} is exposed to the client and looks like a ${label}`);
        if (jwtRole(v) === "service_role") report(this, `${k} is a service_role JWT exposed to the client`);
      }
    },
    generateBundle(_out, bundle) {
      if (o.scanOutput) {
        const serverSecrets = Object.entries(env).filter(([k, v]) =>
          !prefixes.some((p) => k.startsWith(p)) && !o.allow.includes(k) && typeof v === "string" && v.length >= o.minSecretLength && !/^(true|false|\d+)$/.test(v));
        for (const [file, chunk] of Object.entries(bundle)) {
          const code = chunk.type === "chunk" ? chunk.code : typeof chunk.source === "string" ? chunk.source : "";
          for (const [k, v] of serverSecrets) if (code.includes(v)) report(this, `value of server-only ${k} found in ${file}`);
        }
      }
      if (problems.length && o.mode === "error") {
        this.error(`env-guard: ${problems.length} potential secret leak(s):\n  - ${problems.join("\n  - ")}\nAdd to \`allow\` if these are intentionally public.`);
      }
    }
  };
}
