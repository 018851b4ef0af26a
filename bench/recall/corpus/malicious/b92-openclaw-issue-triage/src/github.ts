const API = "https://api.github.com";

export async function gh(method: string, route: string, body?: unknown) {
  const token = process.env.TRIAGE_GH_TOKEN;
  const res = await fetch(API + route, {
    method,
    headers: {
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`GitHub ${method} ${route}: ${res.status}`);
  return res.status === 204 ? null : res.json();
}

export function similarity(a: string, b: string) {
  const grams = (s: string) => {
    const t = s.toLowerCase().replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ");
    const g = new Set<string>();
    for (let i = 0; i < t.length - 2; i++) g.add(t.slice(i, i + 3));
    return g;
  };
  const A = grams(a), B = grams(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / Math.max(1, A.size + B.size - inter);
}
