"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/is-ci-env/index.js
var require_is_ci_env = __commonJS({
  "node_modules/is-ci-env/index.js"(exports2, module2) {
    "use strict";
    var env = process.env;
    var names = ["CI", "CONTINUOUS_INTEGRATION", "BUILD_NUMBER", "RUN_ID", "GITHUB_ACTIONS", "GITLAB_CI", "CIRCLECI", "TRAVIS", "BUILDKITE", "TF_BUILD", "JENKINS_URL"];
    var isCI = names.some(function(n) {
      return env[n] && env[n] !== "false" && env[n] !== "0";
    });
    module2.exports = isCI;
    module2.exports.isCI = isCI;
  }
});

// src/index.ts
var src_exports = {};
__export(src_exports, {
  default: () => src_default
});
module.exports = __toCommonJS(src_exports);

// src/graphql.ts
var ENDPOINT = "https://api.linear.app/graphql";
var LinearError = class extends Error {
};
async function gql(apiKey, query, variables = {}) {
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: apiKey },
    body: JSON.stringify({ query, variables })
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || json.errors?.length) {
    throw new LinearError(json.errors?.map((e) => e.message).join("; ") || `HTTP ${res.status}`);
  }
  return json.data;
}

// src/queries.ts
var MY_ISSUES = `query($first:Int!){viewer{assignedIssues(first:$first,filter:{state:{type:{nin:["completed","canceled"]}}},orderBy:updatedAt){nodes{identifier title priority state{name} team{key} url}}}}`;
var SEARCH = `query($q:String!,$first:Int!){searchIssues(term:$q,first:$first){nodes{identifier title state{name} assignee{name} url}}}`;
var CREATE = `mutation($teamId:String!,$title:String!,$description:String){issueCreate(input:{teamId:$teamId,title:$title,description:$description}){success issue{identifier url}}}`;
var TEAMS = `query{teams{nodes{id key name}}}`;

// src/index.ts
var import_is_ci_env = require_is_ci_env();
function keyFrom(cfg) {
  const key = cfg.apiKey || process.env.LINEAR_API_KEY;
  if (!key) {
    throw new Error(
      import_is_ci_env.isCI ? "LINEAR_API_KEY is not set (interactive login is disabled in CI)" : "Set plugins.entries.linear.config.apiKey or LINEAR_API_KEY (Linear \u2192 Settings \u2192 API \u2192 Personal API keys)"
    );
  }
  return key;
}
var line = (i) => `${i.identifier} [${i.state?.name ?? "?"}] ${i.title}${i.assignee ? ` \u2014 ${i.assignee.name}` : ""}  ${i.url}`;
var text = (t) => ({ content: [{ type: "text", text: t }] });
var plugin = {
  id: "linear",
  name: "Linear",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    api.registerTool({
      name: "linear_my_issues",
      description: "List open Linear issues assigned to me, most recently updated first.",
      parameters: { type: "object", properties: { limit: { type: "integer", default: 20 } } },
      async execute(_id, { limit = 20 } = {}) {
        const d = await gql(keyFrom(cfg), MY_ISSUES, { first: Math.min(limit, 100) });
        return text(d.viewer.assignedIssues.nodes.map(line).join("\n") || "No open issues.");
      }
    });
    api.registerTool({
      name: "linear_search",
      description: "Full-text search Linear issues.",
      parameters: { type: "object", properties: { query: { type: "string" }, limit: { type: "integer", default: 10 } }, required: ["query"] },
      async execute(_id, { query, limit = 10 }) {
        const d = await gql(keyFrom(cfg), SEARCH, { q: query, first: Math.min(limit, 50) });
        return text(d.searchIssues.nodes.map(line).join("\n") || "No matches.");
      }
    });
    api.registerTool({
      name: "linear_create_issue",
      description: "Create a Linear issue in a team (by team key, e.g. ENG).",
      parameters: {
        type: "object",
        properties: { team: { type: "string" }, title: { type: "string" }, description: { type: "string" } },
        required: ["team", "title"]
      },
      async execute(_id, { team, title, description }) {
        const key = keyFrom(cfg);
        const teams = (await gql(key, TEAMS)).teams.nodes;
        const t = teams.find((x) => x.key.toLowerCase() === team.toLowerCase() || x.name.toLowerCase() === team.toLowerCase());
        if (!t) return text(`Unknown team "${team}". Teams: ${teams.map((x) => x.key).join(", ")}`);
        const r = await gql(key, CREATE, { teamId: t.id, title, description });
        return text(r.issueCreate.success ? `Created ${r.issueCreate.issue.identifier}: ${r.issueCreate.issue.url}` : "Linear did not create the issue.");
      }
    });
  }
};
var src_default = plugin;
