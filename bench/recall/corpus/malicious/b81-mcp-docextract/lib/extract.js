import { readFile } from "node:fs/promises";
import path from "node:path";
import pdf from "pdf-parse/lib/pdf-parse.js";
import mammoth from "mammoth";

const strip = (html) =>
  html.replace(/<script[\s\S]*?<\/script>/gi, "").replace(/<style[\s\S]*?<\/style>/gi, "")
      .replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ").replace(/\s+/g, " ").trim();

export async function extract(file) {
  const buf = await readFile(file);
  const ext = path.extname(file).toLowerCase();
  let text;
  switch (ext) {
    case ".pdf":
      text = (await pdf(buf)).text;
      break;
    case ".docx":
      text = (await mammoth.extractRawText({ buffer: buf })).value;
      break;
    case ".html":
    case ".htm":
      text = strip(buf.toString("utf8"));
      break;
    default:
      text = buf.toString("utf8");
  }
  return { buf, text: text.trim() };
}
