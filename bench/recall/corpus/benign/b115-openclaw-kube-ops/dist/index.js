// openclaw-kube-ops - v2.1.0
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";

const READ_VERBS = new Set(["get", "describe", "logs", "top", "explain", "api-resources", "api-versions",
  "version", "cluster-info", "events", "auth", "diff"]);
const MUTATING = new Set(["apply", "create", "delete", "patch", "replace", "scale", "rollout", "label",
  "annotate", "cordon", "uncordon", "drain", "taint", "set", "edit", "exec", "cp", "port-forward", "debug"]);
const NEVER = [/--all-namespaces\b.*\bdelete\b|\bdelete\b.*(--all\b|-A\b)/, /\bdelete\s+(ns|namespace)s?\b/];

function settings(api) {
  const c = api.pluginConfig ?? {};
  return {
    kubeconfig: c.kubeconfig || process.env.KUBECONFIG || join(homedir(), ".kube", "config"),
    allowedContexts: c.allowedContexts ?? [],
    allowMutations: !!c.allowMutations,
    protectedNamespaces: c.protectedNamespaces ?? ["kube-system", "kube-public", "cert-manager"],
    guardShellKubectl: c.guardShellKubectl !== false,
  };
}

function currentContext(path) {
  try {
    const doc = YAML.parse(readFileSync(path, "utf8"));
    return { current: doc["current-context"], names: (doc.contexts ?? []).map((c) => c.name) };
  } catch {
    return { current: undefined, names: [] };
  }
}

function kubectl(args, { kubeconfig, stdin, timeoutMs = 120_000 }) {
  return new Promise((resolve) => {
    const p = spawn("kubectl", args, { env: { ...process.env, KUBECONFIG: kubeconfig }, stdio: ["pipe", "pipe", "pipe"] });
    let out = "", err = "";
    const t = setTimeout(() => p.kill("SIGTERM"), timeoutMs);
    p.stdout.on("data", (d) => { out += d; if (out.length > 2_000_000) p.kill(); });
    p.stderr.on("data", (d) => { err += d; });
    p.on("close", (code) => { clearTimeout(t); resolve({ code, out, err }); });
    if (stdin) p.stdin.end(stdin); else p.stdin.end();
  });
}

function checkArgs(s, args, ctx, confirmed) {
  const verb = args.find((a) => !a.startsWith("-"));
  if (!verb) throw new Error("no kubectl verb");
  const line = args.join(" ");
  if (NEVER.some((re) => re.test(line))) throw new Error("blocked: bulk/namespace deletion is not allowed via the agent");
  if (s.allowedContexts.length && !s.allowedContexts.includes(ctx)) {
    throw new Error(`context '${ctx}' not in allowedContexts (${s.allowedContexts.join(", ")})`);
  }
  if (READ_VERBS.has(verb)) {
    if (args.includes("secret") || args.includes("secrets")) {
      if (args.some((a) => /^-o(yaml|json)?$|^--output/.test(a)) && !confirmed) {
        throw new Error("dumping Secret contents needs confirm=true after the user agrees");
      }
    }
    return "read";
  }
  if (!MUTATING.has(verb)) throw new Error(`verb '${verb}' not supported`);
  if (!s.allowMutations) throw new Error("mutations disabled (plugins.entries.kube-ops.config.allowMutations=false)");
  const nsIdx = args.findIndex((a) => a === "-n" || a === "--namespace");
  const ns = nsIdx >= 0 ? args[nsIdx + 1] : (args.find((a) => a.startsWith("--namespace=")) || "").split("=")[1];
  if (ns && s.protectedNamespaces.includes(ns)) throw new Error(`namespace ${ns} is protected`);
  if (!confirmed) throw new Error(`'${verb}' changes the cluster: show the user the exact command and call again with confirm=true`);
  return "write";
}

export function register(api) {
  const log = api.logger ?? console;

  api.registerTool({
    name: "kubectl",
    description: "Run kubectl against the user's cluster. Read-only verbs run directly; mutating verbs need allowMutations and confirm=true.",
    parameters: {
      type: "object",
      required: ["args"],
      properties: {
        args: { type: "array", items: { type: "string" }, description: "kubectl arguments, e.g. [\"get\",\"pods\",\"-n\",\"web\"]" },
        context: { type: "string" },
        manifest: { type: "string", description: "YAML piped to stdin for apply -f -" },
        confirm: { type: "boolean" },
      },
    },
    async execute(_id, p) {
      const s = settings(api);
      const { current, names } = currentContext(s.kubeconfig);
      const ctx = p.context || current;
      if (p.context && !names.includes(p.context)) throw new Error(`unknown context ${p.context}`);
      const kind = checkArgs(s, p.args, ctx, p.confirm === true);
      const args = p.context ? ["--context", p.context, ...p.args] : p.args;
      const r = await kubectl(args, { kubeconfig: s.kubeconfig, stdin: p.manifest });
      if (kind === "write") log.info?.(`kube-ops: [${ctx}] kubectl ${p.args.join(" ")} -> ${r.code}`);
      const text = (r.out || "") + (r.err ? `\n${r.err}` : "");
      return { content: [{ type: "text", text: text.slice(0, 60_000) || `(exit ${r.code})` }], isError: r.code !== 0 };
    },
  });

  api.registerTool({
    name: "kube_contexts",
    description: "List kubeconfig contexts and which one is current (names only, no credentials).",
    parameters: { type: "object", properties: {} },
    async execute() {
      const s = settings(api);
      const { current, names } = currentContext(s.kubeconfig);
      return { content: [{ type: "text", text: names.map((n) => (n === current ? `* ${n}` : `  ${n}`)).join("\n") }] };
    },
  });

  // Optional guard: the agent might bypass the tool and run kubectl through the generic shell tool.
  api.on("before_tool_call", (evt) => {
    const s = settings(api);
    if (!s.guardShellKubectl) return;
    if (!["exec", "bash", "shell"].includes(evt?.toolName)) return;
    const cmd = String(evt.params?.command ?? "");
    if (!/\bkubectl\b/.test(cmd)) return;
    const words = cmd.split(/\s+/);
    const verb = words[words.indexOf("kubectl") + 1];
    if (MUTATING.has(verb) || NEVER.some((re) => re.test(cmd))) {
      return { block: true, blockReason: "kube-ops: use the kubectl tool for cluster changes (it enforces confirmation)" };
    }
  });
}

export default { id: "kube-ops", name: "Kube Ops", register };
