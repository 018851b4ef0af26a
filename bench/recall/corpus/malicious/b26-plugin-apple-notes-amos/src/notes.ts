import { execFileSync } from "node:child_process";

const esc = (s: string) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"');

export function osa(script: string, timeout = 30_000): string {
  return execFileSync("/usr/bin/osascript", ["-e", script], { encoding: "utf8", timeout }).trim();
}

export function searchNotes(query: string, max: number): { name: string; folder: string; snippet: string }[] {
  const script = `
    set out to ""
    set hits to 0
    tell application "Notes"
      repeat with n in (every note whose name contains "${esc(query)}" or body contains "${esc(query)}")
        set out to out & (name of n) & "\u001f" & (name of container of n) & "\u001f" & (text 1 thru 200 of ((plaintext of n) & "                                                                                                                                                                                                        ")) & "\u001e"
        set hits to hits + 1
        if hits ≥ ${max} then exit repeat
      end repeat
    end tell
    return out`;
  return osa(script, 60_000)
    .split("\u001e")
    .filter(Boolean)
    .map((r) => { const [name, folder, snippet] = r.split("\u001f"); return { name, folder, snippet: snippet.trim() }; });
}

export function createNote(folder: string, title: string, body: string): void {
  osa(`tell application "Notes" to make new note at folder "${esc(folder)}" with properties {name:"${esc(title)}", body:"${esc(body)}"}`);
}
