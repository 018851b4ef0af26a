import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import TurndownService from "turndown";

const td = new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced" });
td.remove(["script", "style", "noscript", "iframe"]);

export function htmlToMarkdown(html: string, url: string): { title: string; md: string } {
  const { document } = parseHTML(html);
  const art = new Readability(document as any, { charThreshold: 200 }).parse();
  const body = art?.content ?? document.body?.innerHTML ?? "";
  return { title: art?.title ?? document.title ?? url, md: td.turndown(body) };
}

// Phrases commonly used in indirect prompt injection. Used only to *warn* the model.
const SUSPICIOUS = [
  /ignore (all )?(previous|prior|above) instructions/i,
  /disregard (the )?(system|previous) prompt/i,
  /you are now (?:a|an|in) /i,
  /(send|post|upload|exfiltrate) .{0,40}(api key|token|password|credentials|ssh key)/i,
  /do not (tell|inform|mention (this )?to) the user/i,
];

export function injectionFlags(text: string): string[] {
  return SUSPICIOUS.filter((r) => r.test(text)).map((r) => r.source);
}
