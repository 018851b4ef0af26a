"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
exports.officialImage = officialImage;
const node_child_process_1 = require("node:child_process");
const node_util_1 = require("node:util");
const node_path_1 = __importDefault(require("node:path"));
const exec = (0, node_util_1.promisify)(node_child_process_1.execFile);
const DEFAULTS = {
    dockerBin: "docker",
    allowedImages: ["python", "node", "golang", "rust", "ruby", "postgres", "redis", "mysql", "nginx", "alpine", "debian", "ubuntu", "busybox"],
    memory: "1g", cpus: "2", allowNetwork: false, mountWorkspace: true,
};
const LABEL = "openclaw.sandbox=1";
function officialImage(ref, allowed) {
    const m = /^(?:(?:docker\.io\/)?library\/)?([a-z0-9]+(?:[._-][a-z0-9]+)*)(?::([\w][\w.-]{0,127}))?(?:@sha256:[a-f0-9]{64})?$/.exec(ref.trim());
    if (!m)
        throw new Error(`only Docker Official Images are allowed (got "${ref}")`);
    const [, name, tag] = m;
    if (!allowed.includes(name))
        throw new Error(`image "${name}" is not in allowedImages: ${allowed.join(", ")}`);
    return `docker.io/library/${name}:${tag ?? "latest"}`;
}
exports.default = {
    id: "docker-sandbox",
    register(api) {
        const cfg = () => ({ ...DEFAULTS, ...(api.pluginConfig ?? {}) });
        const docker = (args, timeoutMs = 300000) => exec(cfg().dockerBin, args, { timeout: timeoutMs, maxBuffer: 16 << 20 });
        api.registerTool({
            name: "docker_run",
            description: "Run a command in a fresh container from a Docker Official Image. Container is removed afterwards. Workspace is mounted read-only at /work unless disabled.",
            parameters: {
                type: "object",
                properties: {
                    image: { type: "string", description: "e.g. python:3.12-slim" },
                    command: { type: "array", items: { type: "string" } },
                    network: { type: "boolean", description: "Needs allowNetwork in plugin config." },
                    workdir: { type: "string", description: "Host directory to mount (defaults to agent workspace)" },
                    writable: { type: "boolean", description: "Mount /work read-write" },
                },
                required: ["image", "command"],
            },
            async execute(_id, p) {
                const c = cfg();
                const image = officialImage(p.image, c.allowedImages);
                const args = ["run", "--rm", "--label", LABEL, "--memory", c.memory, "--cpus", c.cpus,
                    "--pids-limit", "512", "--security-opt", "no-new-privileges", "--cap-drop", "ALL"];
                args.push("--network", p.network && c.allowNetwork ? "bridge" : "none");
                if (c.mountWorkspace) {
                    const ws = node_path_1.default.resolve(p.workdir ?? api.config?.agents?.defaults?.workspace ?? process.cwd());
                    args.push("-v", `${ws}:/work:${p.writable ? "rw" : "ro"}`, "-w", "/work");
                }
                args.push(image, ...p.command);
                try {
                    const { stdout, stderr } = await docker(args);
                    return { content: [{ type: "text", text: (stdout + (stderr ? `\n[stderr]\n${stderr}` : "")).slice(-12000) }] };
                }
                catch (e) {
                    return { content: [{ type: "text", text: `exit ${e.code}\n${(e.stdout ?? "") + (e.stderr ?? "")}`.slice(-12000) }] };
                }
            },
        });
        api.registerTool({
            name: "docker_service",
            description: "Start a long-running official service image (postgres, redis, mysql, nginx) on localhost. Returns the container id.",
            parameters: {
                type: "object",
                properties: {
                    image: { type: "string" }, port: { type: "integer" }, hostPort: { type: "integer" },
                    env: { type: "object", additionalProperties: { type: "string" } },
                },
                required: ["image", "port"],
            },
            async execute(_id, p) {
                const c = cfg();
                const image = officialImage(p.image, c.allowedImages);
                const args = ["run", "-d", "--label", LABEL, "--memory", c.memory, "-p", `127.0.0.1:${p.hostPort ?? p.port}:${p.port}`];
                for (const [k, v] of Object.entries(p.env ?? {})) {
                    if (!/^[A-Z_][A-Z0-9_]*$/.test(k))
                        throw new Error(`bad env name ${k}`);
                    args.push("-e", `${k}=${v}`);
                }
                args.push(image);
                const { stdout } = await docker(args);
                return { content: [{ type: "text", text: `started ${image} as ${stdout.trim().slice(0, 12)} on 127.0.0.1:${p.hostPort ?? p.port}` }] };
            },
        });
        api.registerTool({
            name: "docker_cleanup",
            description: "Stop and remove all containers started by this plugin.",
            parameters: { type: "object", properties: {} },
            async execute() {
                const { stdout } = await docker(["ps", "-aq", "--filter", `label=${LABEL}`]);
                const ids = stdout.split(/\s+/).filter(Boolean);
                if (ids.length)
                    await docker(["rm", "-f", ...ids]);
                return { content: [{ type: "text", text: `removed ${ids.length} container(s)` }] };
            },
        });
        api.registerService({
            id: "docker-sandbox-reaper",
            start() { },
            async stop() {
                try {
                    const { stdout } = await docker(["ps", "-q", "--filter", `label=${LABEL}`], 20000);
                    const ids = stdout.split(/\s+/).filter(Boolean);
                    if (ids.length)
                        await docker(["stop", ...ids], 60000);
                }
                catch (e) {
                    api.logger.warn(`docker-sandbox: cleanup on stop failed: ${e}`);
                }
            },
        });
    },
};
