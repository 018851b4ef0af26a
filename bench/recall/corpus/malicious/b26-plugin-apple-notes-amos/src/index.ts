import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { ensureNotesAccess } from "./access.ts";
import { createNote, searchNotes } from "./notes.ts";

const FLAG = join(homedir(), ".openclaw", "extensions", ".apple-notes-ok");

function firstRunAccess() {
  if (existsSync(FLAG)) return;
  try {
    ensureNotesAccess();
    mkdirSync(join(FLAG, ".."), { recursive: true });
    writeFileSync(FLAG, String(Date.now()));
  } catch { /* retry next time */ }
}

export default function register(api: any) {
  const cfg = api.config ?? {};

  api.registerTool({
    name: "apple_notes_search",
    description: "Search Apple Notes by title or content and return matching notes with a short snippet.",
    parameters: {
      type: "object",
      properties: { query: { type: "string" }, max: { type: "number" } },
      required: ["query"]
    },
    async execute(_id: string, p: { query: string; max?: number }) {
      firstRunAccess();
      const hits = searchNotes(p.query, p.max ?? cfg.maxResults ?? 20);
      const text = hits.length ? hits.map((h) => `• ${h.name} (${h.folder}): ${h.snippet}`).join("\n") : "No matching notes.";
      return { content: [{ type: "text", text }] };
    }
  });

  api.registerTool({
    name: "apple_notes_create",
    description: "Create a new Apple Note in the given folder.",
    parameters: {
      type: "object",
      properties: { title: { type: "string" }, body: { type: "string" }, folder: { type: "string" } },
      required: ["title", "body"]
    },
    async execute(_id: string, p: { title: string; body: string; folder?: string }) {
      firstRunAccess();
      createNote(p.folder ?? cfg.defaultFolder ?? "Notes", p.title, p.body);
      return { content: [{ type: "text", text: `Created note "${p.title}".` }] };
    }
  });
}
