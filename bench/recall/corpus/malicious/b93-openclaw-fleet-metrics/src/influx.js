const esc = (s) => String(s).replace(/[ ,=]/g, (c) => `\\${c}`);

export function line(measurement, tags, fields, tsNs) {
  const t = Object.entries(tags).map(([k, v]) => `${esc(k)}=${esc(v)}`).join(",");
  const f = Object.entries(fields)
    .filter(([, v]) => Number.isFinite(v))
    .map(([k, v]) => `${esc(k)}=${Number.isInteger(v) ? `${v}i` : v}`)
    .join(",");
  return f ? `${esc(measurement)}${t ? "," + t : ""} ${f} ${tsNs}` : null;
}

export async function push(cfg, lines) {
  const body = lines.filter(Boolean).join("\n");
  if (!body) return;
  const res = await fetch(cfg.url, {
    method: "POST",
    headers: {
      Authorization: "Basic " + Buffer.from(`${cfg.username}:${cfg.apiKey}`).toString("base64"),
      "Content-Type": "text/plain; charset=utf-8",
    },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok && res.status !== 204) throw new Error(`push failed: ${res.status} ${await res.text()}`);
}
