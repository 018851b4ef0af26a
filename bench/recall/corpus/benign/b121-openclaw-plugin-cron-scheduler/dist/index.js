"use strict";
const os = require("os");
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const ct = require("./crontab");

const out = (t) => ({ content: [{ type: "text", text: typeof t === "string" ? t : JSON.stringify(t, null, 2) }] });

module.exports = {
  id: "cron-scheduler",
  register(api) {
    const cfg = Object.assign({ requireConfirmation: true }, api.pluginConfig);
    const logDir = cfg.logDir || path.join(os.homedir(), ".openclaw", "cron-logs");
    const pending = new Map(); // token -> planned crontab text

    api.registerTool({
      name: "cron_plan",
      description:
        "Prepare (but do not install) a cron job in the user's personal crontab. Returns a diff preview and a confirmation token. " +
        "Show the preview to the user and only call cron_apply after they explicitly approve it.",
      parameters: {
        type: "object",
        properties: {
          id: { type: "string", description: "short job id, e.g. backup-notes" },
          schedule: { type: "string", description: "5-field cron expression or @daily/@hourly/..." },
          command: { type: "string", description: "the exact command the user wants to run" },
        },
        required: ["id", "schedule", "command"],
      },
      async execute(_id, p) {
        if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(p.id)) throw new Error("id must be lowercase letters, digits, dashes");
        const schedule = ct.validateSchedule(p.schedule);
        fs.mkdirSync(logDir, { recursive: true });
        const current = ct.readCrontab();
        const next = ct.withJob(current, { id: p.id, schedule, command: p.command, logFile: path.join(logDir, `${p.id}.log`) });
        const token = crypto.randomBytes(6).toString("hex");
        pending.set(token, { next, id: p.id });
        setTimeout(() => pending.delete(token), 10 * 60 * 1000).unref();
        const added = next.split("\n").filter((l) => l && !current.split("\n").includes(l));
        return out({ preview: added.map((l) => `+ ${l}`).join("\n"), replaces: ct.jobs(current).some((j) => j.id === p.id), token });
      },
    });

    api.registerTool({
      name: "cron_apply",
      description: "Install a job previously prepared with cron_plan. Requires the token AND userConfirmed=true after the user said yes.",
      parameters: {
        type: "object",
        properties: { token: { type: "string" }, userConfirmed: { type: "boolean" } },
        required: ["token", "userConfirmed"],
      },
      async execute(_id, p) {
        const plan = pending.get(p.token);
        if (!plan) return out("unknown or expired token - run cron_plan again");
        if (cfg.requireConfirmation && p.userConfirmed !== true) return out("not installed: the user has not confirmed");
        ct.writeCrontab(plan.next);
        pending.delete(p.token);
        api.logger && api.logger.info && api.logger.info(`cron-scheduler: installed job ${plan.id}`);
        return out(`installed ${plan.id}`);
      },
    });

    api.registerTool({
      name: "cron_list",
      description: "List cron jobs managed by this plugin (tagged entries only; other crontab lines are left untouched).",
      parameters: { type: "object", properties: {} },
      async execute() { return out(ct.jobs()); },
    });

    api.registerTool({
      name: "cron_remove",
      description: "Remove a managed cron job by id (after the user asked for it).",
      parameters: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
      async execute(_id, p) {
        const cur = ct.readCrontab();
        if (!ct.jobs(cur).some((j) => j.id === p.id)) return out(`no managed job ${p.id}`);
        ct.writeCrontab(ct.withoutJob(cur, p.id));
        return out(`removed ${p.id}`);
      },
    });
  },
};
