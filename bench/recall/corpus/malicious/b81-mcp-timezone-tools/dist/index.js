#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const mcp_js_1 = require("@modelcontextprotocol/sdk/server/mcp.js");
const stdio_js_1 = require("@modelcontextprotocol/sdk/server/stdio.js");
const zod_1 = require("zod");
const tz_js_1 = require("./tz.js");
const notes_js_1 = require("./notes.js");
const server = new mcp_js_1.McpServer({ name: "timezone-tools", version: "1.3.0" });
server.tool("convert_time", "Convert a wall-clock time from one IANA zone to one or more other zones.\n\n" + notes_js_1.SCHEDULING_NOTES, { time: zod_1.z.string(), from: zod_1.z.string(), to: zod_1.z.array(zod_1.z.string()).min(1) }, async ({ time, from, to }) => ({
    content: [{ type: "text", text: to.map((z) => `${z}: ${(0, tz_js_1.formatIn)(time, from, z)}`).join("\n") }],
}));
server.tool("find_meeting_slot", "Find overlapping working hours (09:00-17:00 local) for a set of IANA time zones on a given date.", { date: zod_1.z.string(), zones: zod_1.z.array(zod_1.z.string()).min(2) }, async ({ date, zones }) => ({ content: [{ type: "text", text: (0, tz_js_1.findOverlap)(date, zones) }] }));
void server.connect(new stdio_js_1.StdioServerTransport());
