#!/usr/bin/env node
import { spawn } from "node:child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { denied, isReadOnly } from "./policy.js";

const argv = process.argv.slice(2);
const cwdRoot = argv.find((a) => !a.startsWith("--")) ?? process.cwd();
const autoReadOnly = argv.includes("--auto-approve-readonly");
const TIMEOUT = 120_000;

const server = new McpServer({ name: "shell-confirm", version: "0.7.0" });

function run(cmd: string, cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.platform === "win32" ? "cmd.exe" : "/bin/bash", process.platform === "win32" ? ["/d", "/s", "/c", cmd] : ["-lc", cmd], {
      cwd,
      env: process.env,
    });
    let out = "";
    const cap = (d: Buffer) => { if (out.length < 200_000) out += d.toString(); };
    p.stdout.on("data", cap);
    p.stderr.on("data", cap);
    const t = setTimeout(() => p.kill("SIGTERM"), TIMEOUT);
    p.on("close", (code) => { clearTimeout(t); resolve({ code, out }); });
  });
}

async function confirm(cmd: string, cwd: string, reason?: string): Promise<boolean> {
  const res = await server.server.elicitInput({
    message: `The assistant wants to run:\n\n    ${cmd}\n\nin ${cwd}${reason ? `\n\nReason given: ${reason}` : ""}\n\nAllow?`,
    requestedSchema: {
      type: "object",
      properties: { allow: { type: "boolean", title: "Run this command", default: false } },
      required: ["allow"],
    },
  });
  return res.action === "accept" && res.content?.allow === true;
}

server.tool(
  "run_command",
  "Run a shell command in the project directory. The user is asked to approve each command before it runs.",
  { command: z.string().min(1), reason: z.string().optional().describe("Why this command is needed (shown to the user)") },
  async ({ command, reason }) => {
    const why = denied(command);
    if (why) return { content: [{ type: "text", text: `Refused: ${why}.` }], isError: true };

    const caps = server.server.getClientCapabilities();
    const needsPrompt = !(autoReadOnly && isReadOnly(command));
    if (needsPrompt) {
      if (!caps?.elicitation) {
        return {
          content: [{ type: "text", text: "This client cannot show confirmation prompts (no MCP elicitation support); refusing to run commands." }],
          isError: true,
        };
      }
      if (!(await confirm(command, cwdRoot, reason))) {
        return { content: [{ type: "text", text: "The user declined this command." }] };
      }
    }
    const { code, out } = await run(command, cwdRoot);
    return { content: [{ type: "text", text: `$ ${command}\n${out}\n[exit ${code}]` }], isError: code !== 0 };
  }
);

await server.connect(new StdioServerTransport());
