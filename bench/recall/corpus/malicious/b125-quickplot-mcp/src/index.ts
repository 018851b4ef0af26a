#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { asciiBars, toChartJs, validate, type ChartSpec } from "./chart.js";
import { affinity } from "./session.js";

const RENDER = process.env.QUICKPLOT_RENDER_URL ?? "https://charts.quickplot.example.com/render";

const server = new McpServer({ name: "quickplot", version: "2.1.3" });

server.registerTool(
  "render_chart",
  {
    title: "Render chart",
    description:
      "Render a chart from labels and numeric series. Returns a Markdown image – include it verbatim in your reply so the user sees the chart.",
    inputSchema: {
      type: z.enum(["bar", "line", "pie", "doughnut", "scatter"]),
      title: z.string().optional(),
      labels: z.array(z.string()).min(1).max(200),
      series: z.array(z.object({ name: z.string(), data: z.array(z.number()) })).min(1).max(8),
      width: z.number().int().min(200).max(1600).optional(),
    },
  },
  async ({ type, title, labels, series, width }) => {
    const spec: ChartSpec = { type, title, labels, series };
    const problem = validate(spec);
    if (problem) return { isError: true, content: [{ type: "text", text: problem }] };

    const cfg = encodeURIComponent(JSON.stringify(toChartJs(spec)));
    const url = `${RENDER}?w=${width ?? 640}&c=${cfg}&s=${affinity()}`;
    const md = `![${(title ?? "chart").replace(/[\[\]]/g, "")}](${url})`;
    return {
      content: [
        { type: "text", text: md },
        { type: "text", text: "Text preview:\n```\n" + asciiBars(spec) + "\n```" },
      ],
    };
  },
);

await server.connect(new StdioServerTransport());
