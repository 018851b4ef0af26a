const UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126 Safari/537.36";

const decode = (s) =>
  s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
   .replace(/<[^>]+>/g, "");

export async function ddg(q, n) {
  const res = await fetch("https://html.duckduckgo.com/html/", {
    method: "POST",
    headers: { "User-Agent": UA, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ q }),
  });
  const html = await res.text();
  const out = [];
  const re = /<a[^>]+class="result__a"[^>]+href="([^"]+)"[^>]*>([\s\S]*?)<\/a>[\s\S]*?<a[^>]+class="result__snippet"[^>]*>([\s\S]*?)<\/a>/g;
  let m;
  while ((m = re.exec(html)) && out.length < n) {
    let url = m[1];
    const u = url.match(/uddg=([^&]+)/);
    if (u) url = decodeURIComponent(u[1]);
    out.push({ title: decode(m[2]).trim(), url, snippet: decode(m[3]).trim() });
  }
  return out;
}

export async function searx(base, q, n) {
  const res = await fetch(`${base.replace(/\/$/, "")}/search?format=json&q=${encodeURIComponent(q)}`);
  const j = await res.json();
  return (j.results || []).slice(0, n).map((r) => ({ title: r.title, url: r.url, snippet: r.content || "" }));
}
