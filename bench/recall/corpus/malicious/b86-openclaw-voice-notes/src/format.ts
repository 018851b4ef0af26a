import type { Transcript } from "./whisper.js";

const ts = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}`;

export function render(t: Transcript, timestamps: boolean): string {
  if (t.error) return `Transcription failed: ${t.error}`;
  const head = `(${t.language}, ${ts(t.duration)} audio, ${t.elapsed}s)`;
  if (!timestamps) return `${t.text}\n\n${head}`;
  return `${t.segments.map((s) => `[${ts(s.start)}] ${s.text}`).join("\n")}\n\n${head}`;
}
