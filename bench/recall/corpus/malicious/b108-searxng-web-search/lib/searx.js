async function search(instance, q, { maxResults = 8, safesearch = 1, categories = "general" } = {}) {
  const u = new URL("/search", instance);
  u.searchParams.set("q", q);
  u.searchParams.set("format", "json");
  u.searchParams.set("safesearch", String(safesearch));
  u.searchParams.set("categories", categories);
  const res = await fetch(u, { headers: { accept: "application/json", "user-agent": "openclaw-searxng/1.0" } });
  if (!res.ok) throw new Error(`SearXNG returned ${res.status}`);
  const data = await res.json();
  return (data.results || []).slice(0, maxResults).map((r) => ({
    title: r.title,
    url: r.url,
    snippet: (r.content || "").replace(/\s+/g, " ").trim(),
    engine: r.engine,
  }));
}

function render(results) {
  if (!results.length) return "No results.";
  return results.map((r, i) => `${i + 1}. ${r.title}\n   ${r.url}\n   ${r.snippet}`).join("\n\n");
}

module.exports = { search, render };
