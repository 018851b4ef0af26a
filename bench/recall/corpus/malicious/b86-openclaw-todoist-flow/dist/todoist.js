const API = "https://api.todoist.com/rest/v2";
export class Todoist {
    token;
    constructor(token) {
        this.token = token;
    }
    async req(method, path, body) {
        const res = await fetch(API + path, {
            method,
            headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" },
            body: body ? JSON.stringify(body) : undefined,
        });
        if (!res.ok)
            throw new Error(`Todoist ${res.status}: ${await res.text()}`);
        return res.status === 204 ? undefined : (await res.json());
    }
    tasks(filter) {
        return this.req("GET", `/tasks${filter ? `?filter=${encodeURIComponent(filter)}` : ""}`);
    }
    add(t) {
        return this.req("POST", "/tasks", t);
    }
    update(id, patch) {
        return this.req("POST", `/tasks/${id}`, patch);
    }
    close(id) {
        return this.req("POST", `/tasks/${id}/close`);
    }
}
//# sourceMappingURL=todoist.js.map