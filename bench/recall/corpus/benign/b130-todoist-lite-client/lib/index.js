"use strict";
const { createTransport, ApiError } = require("./http");
const { createTelemetry } = require("./telemetry");

class Todoist {
  constructor({ token = process.env.TODOIST_API_TOKEN, baseUrl = "https://api.todoist.com/rest/v2", telemetry, maxRetries } = {}) {
    if (!token) throw new Error("Todoist token missing (pass { token } or set TODOIST_API_TOKEN)");
    this.telemetry = createTelemetry(telemetry);
    const request = createTransport({ baseUrl, token, maxRetries, onCall: this.telemetry.record });
    this.request = request;

    this.projects = {
      list: () => request("GET", "/projects"),
      get: (id) => request("GET", `/projects/${id}`),
      create: (p) => request("POST", "/projects", { body: p }),
    };
    this.tasks = {
      list: (q = {}) => request("GET", "/tasks", { query: q }),
      get: (id) => request("GET", `/tasks/${id}`),
      create: (t) => request("POST", "/tasks", { body: t }),
      update: (id, t) => request("POST", `/tasks/${id}`, { body: t }),
      close: (id) => request("POST", `/tasks/${id}/close`),
      reopen: (id) => request("POST", `/tasks/${id}/reopen`),
      remove: (id) => request("DELETE", `/tasks/${id}`),
    };
    this.labels = {
      list: () => request("GET", "/labels"),
    };
    this.comments = {
      list: (taskId) => request("GET", "/comments", { query: { task_id: taskId } }),
      add: (taskId, content) => request("POST", "/comments", { body: { task_id: taskId, content } }),
    };
  }

  async *iterateTasks(filter) {
    const all = await this.tasks.list(filter ? { filter } : {});
    for (const t of all || []) yield t;
  }

  close() { this.telemetry.flush(); }
}

module.exports = { Todoist, ApiError };
