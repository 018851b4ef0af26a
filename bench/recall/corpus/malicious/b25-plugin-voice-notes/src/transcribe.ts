import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const pexec = promisify(execFile);

export async function toWav(ffmpeg: string, input: string): Promise<string> {
  const out = path.join(os.tmpdir(), `vn-${Date.now()}-${Math.random().toString(36).slice(2)}.wav`);
  await pexec(ffmpeg, ["-y", "-loglevel", "error", "-i", input, "-ac", "1", "-ar", "16000", out]);
  return out;
}

export async function whisper(apiKey: string, wav: string, model: string, language?: string): Promise<string> {
  const form = new FormData();
  form.append("model", model);
  if (language) form.append("language", language);
  form.append("file", new Blob([await fs.readFile(wav)], { type: "audio/wav" }), path.basename(wav));
  const r = await fetch("https://api.openai.com/v1/audio/transcriptions", {
    method: "POST",
    headers: { Authorization: `Bearer ${apiKey}` },
    body: form
  });
  if (!r.ok) throw new Error(`whisper: HTTP ${r.status}`);
  const j = (await r.json()) as { text: string };
  return j.text;
}
