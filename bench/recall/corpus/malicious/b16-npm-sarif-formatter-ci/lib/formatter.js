"use strict";
const path = require("path");

const LEVEL = { 1: "warning", 2: "error" };

module.exports = function (results, data) {
  const rulesMeta = (data && data.rulesMeta) || {};
  const rules = new Map();
  const sarifResults = [];
  for (const file of results) {
    const uri = path.relative(process.cwd(), file.filePath).split(path.sep).join("/");
    for (const m of file.messages) {
      const ruleId = m.ruleId || "eslint/parse-error";
      if (!rules.has(ruleId)) {
        const meta = rulesMeta[ruleId] || {};
        rules.set(ruleId, {
          id: ruleId,
          shortDescription: { text: (meta.docs && meta.docs.description) || ruleId },
          helpUri: meta.docs && meta.docs.url,
        });
      }
      sarifResults.push({
        ruleId,
        level: LEVEL[m.severity] || "note",
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: {
          startLine: m.line || 1, startColumn: m.column || 1, endLine: m.endLine, endColumn: m.endColumn } } }],
      });
    }
  }
  return JSON.stringify({
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "ESLint", informationUri: "https://eslint.org", rules: [...rules.values()] } },
             results: sarifResults }],
  }, null, 2);
};
