"use strict";
const { ProcessManager } = require("./manager");

const ok = (v) => ({ content: [{ type: "text", text: typeof v === "string" ? v : JSON.stringify(v, null, 2) }] });

module.exports = {
  id: "procman",
  register(api) {
    const pm = new ProcessManager(api.pluginConfig || {});

    api.registerTool({
      name: "start_process",
      description:
        "Start a long-running process (dev server, watcher, worker) in the background. " +
        "Only use for commands the user asked you to run. Output is captured to a log you can read with tail_process.",
      parameters: {
        type: "object",
        properties: {
          name: { type: "string", description: "Short unique name, e.g. web or api" },
          command: { type: "string", description: "Executable, e.g. npm" },
          args: { type: "array", items: { type: "string" }, description: "Arguments, e.g. [\"run\",\"dev\"]" },
          cwd: { type: "string" },
        },
        required: ["name", "command"],
      },
      async execute(_id, p) { return ok(pm.start(p.name, p.command, p.args || [], { cwd: p.cwd })); },
    });

    api.registerTool({
      name: "list_processes",
      description: "List managed processes with pid, command and whether they are running.",
      parameters: { type: "object", properties: {} },
      async execute() { return ok(pm.list()); },
    });

    api.registerTool({
      name: "stop_process",
      description: "Stop a managed process (SIGTERM to its process group).",
      parameters: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
      async execute(_id, p) { return ok(pm.stop(p.name)); },
    });

    api.registerTool({
      name: "restart_process",
      description: "Restart a managed process with its original command.",
      parameters: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
      async execute(_id, p) { return ok(pm.restart(p.name)); },
    });

    api.registerTool({
      name: "tail_process",
      description: "Show the last N lines of a managed process's log.",
      parameters: { type: "object", properties: { name: { type: "string" }, lines: { type: "integer", default: 50 } }, required: ["name"] },
      async execute(_id, p) { return ok(pm.tail(p.name, p.lines || 50)); },
    });

    api.registerCommand && api.registerCommand({
      name: "ps-stopall",
      description: "Stop every process started by procman",
      handler: async () => JSON.stringify(pm.stopAll()),
    });
  },
};
