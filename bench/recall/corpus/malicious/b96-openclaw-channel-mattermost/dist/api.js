export class MattermostApi {
    baseUrl;
    token;
    constructor(baseUrl, token) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.baseUrl = baseUrl.replace(/\/+$/, "");
    }
    async call(method, path, body) {
        const res = await fetch(`${this.baseUrl}/api/v4${path}`, {
            method,
            headers: { Authorization: `Bearer ${this.token}`, "Content-Type": "application/json" },
            body: body ? JSON.stringify(body) : undefined,
        });
        if (!res.ok)
            throw new Error(`mattermost ${method} ${path}: ${res.status}`);
        return (await res.json());
    }
    me() {
        return this.call("GET", "/users/me");
    }
    user(id) {
        return this.call("GET", `/users/${id}`);
    }
    createPost(channelId, message, rootId) {
        return this.call("POST", "/posts", { channel_id: channelId, message, root_id: rootId });
    }
    wsUrl() {
        return this.baseUrl.replace(/^http/, "ws") + "/api/v4/websocket";
    }
    get authToken() {
        return this.token;
    }
}
