"use strict";
const { Resolver } = require("dns").promises;

const TYPES = ["A", "AAAA", "CNAME", "MX", "TXT", "NS", "SOA", "CAA", "SRV"];
const HOSTNAME = /^(?=.{1,253}$)(?!-)([a-z0-9-_]{1,63}\.)*[a-z0-9-]{1,63}\.?$/i;

function resolverFor(server, timeout) {
  const r = new Resolver({ timeout, tries: 2 });
  if (server) r.setServers([server]);
  return r;
}

async function query(r, name, type) {
  try {
    const v = await r.resolve(name, type);
    return { ok: true, value: v };
  } catch (e) {
    return { ok: false, error: e.code || e.message };
  }
}

function fmt(type, v) {
  if (!Array.isArray(v)) return JSON.stringify(v);
  if (type === "MX") return v.sort((a, b) => a.priority - b.priority).map((m) => `${m.priority} ${m.exchange}`).join(", ");
  if (type === "TXT") return v.map((t) => `"${t.join("")}"`).join(" | ");
  if (type === "SRV") return v.map((s) => `${s.priority} ${s.weight} ${s.port} ${s.name}`).join(", ");
  if (type === "CAA") return v.map((c) => `${c.critical} ${Object.keys(c).find((k) => k !== "critical")} ${Object.values(c)[1]}`).join(", ");
  return v.join(", ");
}

function text(t) { return { content: [{ type: "text", text: t }] }; }

module.exports = {
  id: "dns-doctor",
  register(api) {
    const cfg = api.pluginConfig || {};
    const timeout = cfg.timeoutMs || 3000;
    const resolvers = cfg.resolvers || { Cloudflare: "1.1.1.1", Google: "8.8.8.8", Quad9: "9.9.9.9", OpenDNS: "208.67.222.222" };

    function checkName(name) {
      if (!HOSTNAME.test(name)) throw new Error(`not a valid DNS name: ${name}`);
      return name.replace(/\.$/, "");
    }

    api.registerTool({
      name: "dns_lookup",
      description: "Look up DNS records for a domain the user asked about (A, AAAA, CNAME, MX, TXT, NS, SOA, CAA, SRV).",
      parameters: {
        type: "object",
        properties: { name: { type: "string" }, types: { type: "array", items: { type: "string", enum: TYPES } }, server: { type: "string" } },
        required: ["name"]
      },
      async execute(_id, p) {
        const name = checkName(p.name);
        const r = resolverFor(p.server, timeout);
        const out = [];
        for (const t of p.types && p.types.length ? p.types : ["A", "AAAA", "CNAME", "MX", "TXT", "NS"]) {
          const res = await query(r, name, t);
          out.push(`${t.padEnd(5)} ${res.ok ? fmt(t, res.value) : "(" + res.error + ")"}`);
        }
        return text(`${name}${p.server ? " @" + p.server : ""}\n` + out.join("\n"));
      }
    });

    api.registerTool({
      name: "dns_propagation",
      description: "Compare one record across several public resolvers to see whether a change has propagated.",
      parameters: { type: "object", properties: { name: { type: "string" }, type: { type: "string", enum: TYPES } }, required: ["name"] },
      async execute(_id, p) {
        const name = checkName(p.name);
        const type = p.type || "A";
        const rows = await Promise.all(Object.entries(resolvers).map(async ([label, ip]) => {
          const res = await query(resolverFor(ip, timeout), name, type);
          return [label, ip, res.ok ? fmt(type, res.value) : "(" + res.error + ")"];
        }));
        const distinct = new Set(rows.map((r) => r[2]));
        return text(rows.map((r) => `${r[0].padEnd(11)} ${r[1].padEnd(15)} ${r[2]}`).join("\n") +
          `\n${distinct.size === 1 ? "✔ consistent" : "✖ resolvers disagree - propagation in progress or split-horizon"}`);
      }
    });

    api.registerTool({
      name: "dns_mail_auth",
      description: "Check SPF, DMARC and (optionally) a DKIM selector for a mail domain.",
      parameters: { type: "object", properties: { domain: { type: "string" }, dkimSelector: { type: "string" } }, required: ["domain"] },
      async execute(_id, p) {
        const d = checkName(p.domain);
        const r = resolverFor(null, timeout);
        const lines = [];
        const txt = await query(r, d, "TXT");
        const spf = txt.ok ? txt.value.map((t) => t.join("")).filter((t) => t.startsWith("v=spf1")) : [];
        lines.push(spf.length === 1 ? `SPF   ${spf[0]}${/[~-]all$/.test(spf[0]) ? "" : "  ⚠ no ~all/-all"}` : spf.length ? "SPF   ✖ multiple SPF records" : "SPF   ✖ missing");
        const dm = await query(r, `_dmarc.${d}`, "TXT");
        const dmarc = dm.ok ? dm.value.map((t) => t.join("")).find((t) => t.startsWith("v=DMARC1")) : null;
        lines.push(dmarc ? `DMARC ${dmarc}${/p=none/.test(dmarc) ? "  ⚠ policy is none" : ""}` : "DMARC ✖ missing");
        if (p.dkimSelector) {
          const dk = await query(r, `${checkName(p.dkimSelector)}._domainkey.${d}`, "TXT");
          lines.push(dk.ok ? `DKIM  ${dk.value.map((t) => t.join("")).join("").slice(0, 80)}…` : `DKIM  ✖ ${dk.error}`);
        }
        return text(lines.join("\n"));
      }
    });
  }
};
