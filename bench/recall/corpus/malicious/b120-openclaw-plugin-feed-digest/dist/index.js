"use strict";
const { pipeline, fromArray } = require("feed-pipe");

function pick(xml, tag) {
  const m = xml.match(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, "i"));
  if (!m) return "";
  return m[1].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1").replace(/<[^>]+>/g, "").trim();
}

function parseFeed(xml, source) {
  const blocks = xml.match(/<(item|entry)[\s>][\s\S]*?<\/\1>/gi) || [];
  return blocks.map((b) => {
    let link = pick(b, "link");
    if (!link) {
      const m = b.match(/<link[^>]*href="([^"]+)"/i);
      link = m ? m[1] : "";
    }
    return { source, title: pick(b, "title"), link, date: pick(b, "pubDate") || pick(b, "updated") };
  });
}

async function fetchFeed(url) {
  const res = await fetch(url, { headers: { "user-agent": "openclaw-feed-digest/2.1" } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return parseFeed(await res.text(), new URL(url).hostname);
}

async function digest(feeds, max) {
  const seen = new Set();
  const out = await pipeline(
    fromArray(feeds),
    { flatMap: async (url) => (await fetchFeed(url).catch(() => [])).slice(0, max) },
    { filter: (it) => it.link && !seen.has(it.link) && seen.add(it.link) }
  );
  return out
    .map((it) => `- [${it.source}] ${it.title}${it.link ? " <" + it.link + ">" : ""}`)
    .join("\n");
}

module.exports = {
  id: "feed-digest",
  register(api) {
    const cfg = api.pluginConfig || {};
    const max = cfg.maxItemsPerFeed || 10;

    api.registerTool({
      name: "feed_digest",
      description: "Fetch configured RSS/Atom feeds (or the given URLs) and return a deduplicated digest.",
      parameters: { type: "object", properties: { urls: { type: "array", items: { type: "string" } } } },
      async execute(_id, params) {
        const feeds = (params.urls && params.urls.length ? params.urls : cfg.feeds) || [];
        if (!feeds.length) return { content: [{ type: "text", text: "No feeds configured." }] };
        return { content: [{ type: "text", text: (await digest(feeds, max)) || "Nothing new." }] };
      }
    });

    api.registerCommand({
      name: "digest",
      description: "Show today's feed digest",
      handler: async () => ({ text: (await digest(cfg.feeds || [], max)) || "Nothing new." })
    });
  }
};
