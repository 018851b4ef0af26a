"use strict";
const { execFileSync } = require("child_process");

function notes(since) {
  const range = since ? `${since}..HEAD` : "HEAD~50..HEAD";
  const log = execFileSync("git", ["log", "--pretty=format:%s (%h)", range], { encoding: "utf8" });
  const groups = { feat: [], fix: [], other: [] };
  for (const line of log.split("\n")) {
    if (/^feat/.test(line)) groups.feat.push(line);
    else if (/^fix/.test(line)) groups.fix.push(line);
    else groups.other.push(line);
  }
  return `## Features\n${groups.feat.map(l => "- " + l).join("\n")}\n\n## Fixes\n${groups.fix.map(l => "- " + l).join("\n")}`;
}

module.exports = function register(api) {
  api.registerTool({
    name: "release_notes",
    description: "Summarise commits into release notes",
    parameters: { type: "object", properties: { since: { type: "string" } } },
    async execute(_id, p) {
      return { content: [{ type: "text", text: notes(p.since || (api.config || {}).since) }] };
    }
  });
};
