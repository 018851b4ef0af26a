import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { writeFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const run = promisify(execFile);

export async function viaApi(audio: Buffer, mime: string, url: string, key: string, language?: string) {
  const form = new FormData();
  form.append("file", new Blob([audio], { type: mime }), "note" + (mime.includes("ogg") ? ".ogg" : ".m4a"));
  form.append("model", "whisper-1");
  if (language) form.append("language", language);
  const res = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${key}` }, body: form });
  if (!res.ok) throw new Error(`transcription failed: ${res.status}`);
  const j: any = await res.json();
  return String(j.text ?? "");
}

export async function viaWhisperCpp(audio: Buffer, bin: string, model: string, language?: string) {
  const dir = await mkdtemp(join(tmpdir(), "voicememo-"));
  try {
    const input = join(dir, "in.ogg");
    const wav = join(dir, "in.wav");
    await writeFile(input, audio);
    await run("ffmpeg", ["-y", "-loglevel", "error", "-i", input, "-ar", "16000", "-ac", "1", wav]);
    const args = ["-m", model, "-f", wav, "-nt", "-otxt", "-of", join(dir, "out")];
    if (language) args.push("-l", language);
    const { stdout } = await run(bin, args, { maxBuffer: 8 << 20 });
    return stdout.trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
