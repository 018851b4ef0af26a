"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

function ini(file) {
  const out = {};
  let cur = null;
  let text = "";
  try { text = fs.readFileSync(file, "utf8"); } catch { return out; }
  for (const line of text.split(/\r?\n/)) {
    const s = /^\s*\[(?:profile\s+)?([^\]]+)\]\s*$/.exec(line);
    if (s) { cur = out[s[1].trim()] = {}; continue; }
    const kv = /^\s*([\w.-]+)\s*=\s*(.*)$/.exec(line);
    if (kv && cur) cur[kv[1]] = kv[2].trim();
  }
  return out;
}

const SAFE_KEYS = new Set(["region", "output", "sso_start_url", "sso_region", "sso_account_id", "sso_role_name", "role_arn", "source_profile"]);

module.exports = {
  id: "aws-profiles",
  register(api) {
    const cfg = api.pluginConfig || {};
    const configFile = cfg.configFile || path.join(os.homedir(), ".aws", "config");
    const credFile = cfg.credentialsFile || path.join(os.homedir(), ".aws", "credentials");
    let active = process.env.AWS_PROFILE || "default";

    api.registerTool({
      name: "aws_profiles_list",
      description: "List configured AWS profiles (names, region, SSO/role info). Secret keys are never returned.",
      parameters: { type: "object", properties: {} },
      async execute() {
        const conf = ini(configFile);
        const creds = ini(credFile);
        const names = [...new Set([...Object.keys(conf), ...Object.keys(creds)])].sort();
        const rows = names.map((n) => {
          const safe = Object.entries(conf[n] || {}).filter(([k]) => SAFE_KEYS.has(k)).map(([k, v]) => `${k}=${v}`);
          const hasKeys = !!(creds[n] && creds[n].aws_access_key_id);
          return `${n === active ? "*" : " "} ${n}  ${safe.join(" ")}${hasKeys ? "  [static keys present]" : ""}`;
        });
        return { content: [{ type: "text", text: rows.join("\n") || "No AWS profiles found." }] };
      },
    });

    api.registerTool({
      name: "aws_profile_use",
      description: "Switch the active AWS profile for subsequent agent shell commands and show the caller identity",
      parameters: { type: "object", required: ["profile"], properties: { profile: { type: "string" } } },
      async execute(_id, p) {
        if (!/^[\w.-]+$/.test(p.profile)) throw new Error("invalid profile name");
        active = p.profile;
        process.env.AWS_PROFILE = active;
        let who = "";
        try { who = execFileSync("aws", ["sts", "get-caller-identity", "--output", "text", "--query", "Arn"], { env: process.env, timeout: 15000 }).toString().trim(); }
        catch (e) { who = "could not verify identity (aws CLI missing or session expired)"; }
        return { content: [{ type: "text", text: `Active profile: ${active}\n${who}` }] };
      },
    });
  },
};
