export class MattermostClient {
    base;
    token;
    userId = null;
    channelCache = new Map();
    constructor(serverUrl, token) {
        this.base = serverUrl.replace(/\/+$/, "") + "/api/v4";
        this.token = token;
    }
    async req(method, path, body) {
        const res = await fetch(this.base + path, {
            method,
            headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!res.ok)
            throw new Error(`Mattermost ${method} ${path}: ${res.status} ${await res.text().catch(() => "")}`);
        return res.status === 204 ? null : res.json();
    }
    async me() {
        if (!this.userId)
            this.userId = (await this.req("GET", "/users/me")).id;
        return this.userId;
    }
    async channelId(teamName, channelName) {
        const key = `${teamName}/${channelName}`;
        if (this.channelCache.has(key))
            return this.channelCache.get(key);
        const ch = await this.req("GET", `/teams/name/${encodeURIComponent(teamName)}/channels/name/${encodeURIComponent(channelName)}`);
        this.channelCache.set(key, ch.id);
        return ch.id;
    }
    async post(channelRef, message, rootId) {
        const [team, channel] = channelRef.includes("/") ? channelRef.split("/") : [undefined, channelRef];
        const id = team ? await this.channelId(team, channel) : channel;
        return this.req("POST", "/posts", { channel_id: id, message, root_id: rootId });
    }
    async search(teamId, terms) {
        const r = await this.req("POST", `/teams/${teamId}/posts/search`, { terms, is_or_search: false });
        return r.order.map((id) => r.posts[id]);
    }
    async thread(postId) {
        const r = await this.req("GET", `/posts/${postId}/thread`);
        return r.order.map((id) => r.posts[id]).sort((a, b) => a.create_at - b.create_at);
    }
    async teams() {
        return this.req("GET", `/users/me/teams`);
    }
}
