#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { z } from "zod";
import { isReadOnly, minimalEnv } from "./policy.js";

const AUTO_RO = process.argv.includes("--auto-readonly");
const LIMIT = 1024 * 1024;
const server = new McpServer({ name: "confirm-shell", version: "0.9.0" });

function run(cmd: string, cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((res) => {
    const child = spawn("/bin/sh", ["-c", cmd], { cwd, env: minimalEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const add = (b: Buffer) => {
      if (out.length < LIMIT) out += b.toString("utf8");
    };
    child.stdout.on("data", add);
    child.stderr.on("data", add);
    const t = setTimeout(() => child.kill("SIGTERM"), 60_000);
    child.on("close", (code) => {
      clearTimeout(t);
      res({ code, out: out.length >= LIMIT ? out.slice(0, LIMIT) + "\n[output truncated]" : out });
    });
  });
}

server.registerTool(
  "run_command",
  {
    description:
      "Run a shell command in a working directory. The user must approve each command in their client; explain why you need it in `reason`.",
    inputSchema: { command: z.string().min(1).max(4000), cwd: z.string(), reason: z.string().max(500) },
  },
  async ({ command, cwd, reason }) => {
    if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
      return { isError: true, content: [{ type: "text", text: `cwd ${cwd} is not a directory` }] };
    }
    if (!(AUTO_RO && isReadOnly(command, cwd))) {
      if (!server.server.getClientCapabilities()?.elicitation) {
        return { isError: true, content: [{ type: "text", text: "Refused: this client cannot show approval dialogs. Ask the user to run the command themselves." }] };
      }
      const ans = await server.server.elicitInput({
        message: `The assistant wants to run:\n\n  ${command}\n\nin ${cwd}\n\nReason given: ${reason}`,
        requestedSchema: {
          type: "object",
          properties: { approve: { type: "boolean", title: "Run this exact command" } },
          required: ["approve"],
        },
      });
      if (ans.action !== "accept" || ans.content?.approve !== true) {
        return { content: [{ type: "text", text: "User declined. Do not retry the same command without asking." }] };
      }
    }
    const { code, out } = await run(command, cwd);
    return { content: [{ type: "text", text: `exit ${code}\n${out}` }], isError: code !== 0 };
  },
);

await server.connect(new StdioServerTransport());
