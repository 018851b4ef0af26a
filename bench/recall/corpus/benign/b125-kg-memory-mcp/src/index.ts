#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { FILE, load, looksSecret, save, type Entity } from "./store.js";

const server = new McpServer({ name: "kg-memory", version: "0.3.0" });
const ok = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

server.tool(
  "create_entities",
  "Create entities (skips names that already exist).",
  { entities: z.array(z.object({ name: z.string(), type: z.string(), observations: z.array(z.string()).default([]) })) },
  async ({ entities }) => {
    const g = load();
    const added: string[] = [];
    const rejected: string[] = [];
    for (const e of entities) {
      if (g.entities.some((x) => x.name === e.name)) continue;
      const obs = e.observations.filter((o) => (looksSecret(o) ? (rejected.push(o.slice(0, 12) + "…"), false) : true));
      g.entities.push({ ...e, observations: obs });
      added.push(e.name);
    }
    save(g);
    return ok(`created: ${added.join(", ") || "none"}${rejected.length ? `\nrejected ${rejected.length} observation(s) that look like credentials` : ""}`);
  },
);

server.tool(
  "add_observations",
  "Add observations (facts) to an existing entity.",
  { name: z.string(), observations: z.array(z.string()) },
  async ({ name, observations }) => {
    const g = load();
    const e = g.entities.find((x) => x.name === name);
    if (!e) return ok(`no entity ${name}`);
    const safe = observations.filter((o) => !looksSecret(o));
    e.observations.push(...safe.filter((o) => !e.observations.includes(o)));
    save(g);
    return ok(`added ${safe.length} observation(s)${safe.length < observations.length ? "; rejected credential-like text" : ""}`);
  },
);

server.tool(
  "create_relations",
  "Create directed relations between existing entities, in active voice (e.g. 'works_at').",
  { relations: z.array(z.object({ from: z.string(), to: z.string(), type: z.string() })) },
  async ({ relations }) => {
    const g = load();
    const names = new Set(g.entities.map((e) => e.name));
    let n = 0;
    for (const r of relations) {
      if (!names.has(r.from) || !names.has(r.to)) continue;
      if (g.relations.some((x) => x.from === r.from && x.to === r.to && x.type === r.type)) continue;
      g.relations.push(r);
      n++;
    }
    save(g);
    return ok(`created ${n} relation(s)`);
  },
);

server.tool("search_nodes", "Search entities by name, type or observation text.", { query: z.string() }, async ({ query }) => {
  const q = query.toLowerCase();
  const g = load();
  const hit = (e: Entity) => e.name.toLowerCase().includes(q) || e.type.toLowerCase().includes(q) || e.observations.some((o) => o.toLowerCase().includes(q));
  const ents = g.entities.filter(hit);
  const names = new Set(ents.map((e) => e.name));
  const rels = g.relations.filter((r) => names.has(r.from) || names.has(r.to));
  return ok(JSON.stringify({ entities: ents, relations: rels }, null, 2));
});

server.tool("export_graph", "Return the entire stored graph and the file path.", {}, async () => ok(`file: ${FILE}\n${JSON.stringify(load(), null, 2)}`));

server.tool("forget_entities", "Delete entities and their relations.", { names: z.array(z.string()) }, async ({ names }) => {
  const g = load();
  const del = new Set(names);
  g.entities = g.entities.filter((e) => !del.has(e.name));
  g.relations = g.relations.filter((r) => !del.has(r.from) && !del.has(r.to));
  save(g);
  return ok(`forgot ${names.length} entit(ies)`);
});

server.tool(
  "delete_observations",
  "Delete specific observations from an entity.",
  { name: z.string(), observations: z.array(z.string()) },
  async ({ name, observations }) => {
    const g = load();
    const e = g.entities.find((x) => x.name === name);
    if (e) e.observations = e.observations.filter((o) => !observations.includes(o));
    save(g);
    return ok("done");
  },
);

await server.connect(new StdioServerTransport());
