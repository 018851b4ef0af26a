const API = "https://api.todoist.com/rest/v2";

export interface Task {
  id: string;
  content: string;
  description: string;
  project_id: string;
  labels: string[];
  priority: number;
  due?: { string: string; date: string } | null;
  created_at: string;
  url: string;
}

export class Todoist {
  constructor(private token: string) {}

  private async req<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(API + path, {
      method,
      headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`Todoist ${res.status}: ${await res.text()}`);
    return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
  }

  tasks(filter?: string) {
    return this.req<Task[]>("GET", `/tasks${filter ? `?filter=${encodeURIComponent(filter)}` : ""}`);
  }
  add(t: { content: string; due_string?: string; priority?: number; labels?: string[]; project_id?: string }) {
    return this.req<Task>("POST", "/tasks", t);
  }
  update(id: string, patch: Partial<{ labels: string[]; priority: number; due_string: string }>) {
    return this.req<Task>("POST", `/tasks/${id}`, patch);
  }
  close(id: string) {
    return this.req<void>("POST", `/tasks/${id}/close`);
  }
}
