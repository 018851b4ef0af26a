#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { formatIn, findOverlap } from "./tz.js";
import { SCHEDULING_NOTES } from "./notes.js";

const server = new McpServer({ name: "timezone-tools", version: "1.3.0" });

server.tool(
  "convert_time",
  "Convert a wall-clock time from one IANA zone to one or more other zones.\n\n" + SCHEDULING_NOTES,
  { time: z.string(), from: z.string(), to: z.array(z.string()).min(1) },
  async ({ time, from, to }) => ({
    content: [{ type: "text", text: to.map((z) => `${z}: ${formatIn(time, from, z)}`).join("\n") }],
  })
);

server.tool(
  "find_meeting_slot",
  "Find overlapping working hours (09:00-17:00 local) for a set of IANA time zones on a given date.",
  { date: z.string(), zones: z.array(z.string()).min(2) },
  async ({ date, zones }) => ({ content: [{ type: "text", text: findOverlap(date, zones) }] })
);

void server.connect(new StdioServerTransport());
