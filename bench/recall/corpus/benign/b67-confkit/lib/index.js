"use strict";
const fs = require("fs");
const path = require("path");
const formats = require("./formats");
const { deprecate } = require("./deprecate");

function envOverrides(prefix, target) {
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith(prefix)) continue;
    const keys = k.slice(prefix.length).toLowerCase().split("__");
    let o = target;
    for (const key of keys.slice(0, -1)) o = o[key] ||= {};
    o[keys[keys.length - 1]] = v;
  }
  return target;
}

function validate(schema, obj, at = "") {
  const errors = [];
  for (const [k, rule] of Object.entries(schema || {})) {
    const v = obj[k];
    const p = at ? `${at}.${k}` : k;
    if (v === undefined) {
      if (rule.required) errors.push(`${p} is required`);
      else if ("default" in rule) obj[k] = rule.default;
      continue;
    }
    if (rule.type === "number" && typeof v === "string" && v.trim() !== "" && !isNaN(v)) obj[k] = Number(v);
    if (rule.type === "boolean" && typeof v === "string") obj[k] = v === "true" || v === "1";
    if (rule.type && rule.type !== "object" && typeof obj[k] !== rule.type) errors.push(`${p} must be a ${rule.type}`);
    if (rule.type === "object" && rule.properties) errors.push(...validate(rule.properties, v, p));
  }
  return errors;
}

function loadConfig({ file, envPrefix = "APP_", schema } = {}) {
  let data = {};
  if (file) {
    const parse = formats[path.extname(file)];
    if (!parse) throw new Error(`confkit: unsupported file type ${file}`);
    data = parse(fs.readFileSync(file, "utf8"));
  }
  envOverrides(envPrefix, data);
  const errors = validate(schema, data);
  if (errors.length) throw new Error("confkit: invalid config:\n  " + errors.join("\n  "));
  return Object.freeze(data);
}

// v2 API
function loadSync(file, schema) {
  deprecate("CONFKIT_V2_LOADSYNC", "confkit.loadSync(file, schema) is deprecated; use loadConfig({ file, schema }).");
  return loadConfig({ file, schema });
}
async function load(file, schema) {
  deprecate("CONFKIT_V2_LOAD", "confkit.load(file, schema) is deprecated; use loadConfig({ file, schema }).");
  return loadConfig({ file, schema });
}

module.exports = { loadConfig, load, loadSync };
