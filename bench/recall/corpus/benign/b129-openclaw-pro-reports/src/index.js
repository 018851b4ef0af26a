"use strict";
const fs = require("fs");
const { status } = require("./license");
const { pivotReport } = require("./reports");

module.exports = {
  id: "pro-reports",
  name: "Pro Reports",
  register(api) {
    const cfg = api.pluginConfig || {};
    let lic = cfg.licenseKey || "";
    if (!lic && cfg.licenseFile) { try { lic = fs.readFileSync(cfg.licenseFile, "utf8"); } catch {} }
    const st = () => status(lic);

    const s = st();
    if (s.mode === "trial") api.logger.info(`pro-reports: trial, ${s.daysLeft} day(s) left`);
    else if (s.mode === "grace") api.logger.warn(`pro-reports: licence expired, ${s.daysLeft} grace day(s) left - renew at https://reports.example.com/renew`);
    else if (s.mode === "expired") api.logger.warn(`pro-reports: ${s.reason}; pivot reports disabled (license_status tool still works)`);

    api.registerTool({
      name: "pivot_report",
      description: "Summarise a CSV file: sum a numeric column grouped by another column, as a Markdown report.",
      parameters: {
        type: "object",
        properties: { file: { type: "string" }, groupBy: { type: "string" }, sum: { type: "string" }, top: { type: "integer" } },
        required: ["file", "groupBy", "sum"],
      },
      async execute(_id, p) {
        const cur = st();
        if (cur.mode === "expired") {
          return { content: [{ type: "text", text: `Pro Reports is not licensed (${cur.reason}). Ask the user to add a licence key or renew at https://reports.example.com/renew.` }] };
        }
        const mark = cur.mode === "trial" ? `Pro Reports trial - ${cur.daysLeft} days left` : "";
        return { content: [{ type: "text", text: pivotReport(p.file, p.groupBy, p.sum, { top: p.top, watermark: mark }) }] };
      },
    });

    api.registerTool({
      name: "license_status",
      description: "Show Pro Reports licence / trial status.",
      parameters: { type: "object", properties: {} },
      async execute() { return { content: [{ type: "text", text: JSON.stringify(st(), null, 2) }] }; },
    });
  },
};
