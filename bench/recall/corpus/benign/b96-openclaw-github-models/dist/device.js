const GH = "https://github.com";
async function form(url, params) {
    const res = await fetch(url, {
        method: "POST",
        headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(params),
    });
    if (!res.ok)
        throw new Error(`${url}: HTTP ${res.status}`);
    return (await res.json());
}
export function requestDeviceCode(clientId) {
    return form(`${GH}/login/device/code`, { client_id: clientId, scope: "" });
}
export async function pollForToken(clientId, dc, signal) {
    let interval = Math.max(5, dc.interval) * 1000;
    const deadline = Date.now() + dc.expires_in * 1000;
    while (Date.now() < deadline) {
        if (signal?.aborted)
            throw new Error("login cancelled");
        await new Promise((r) => setTimeout(r, interval));
        const r = await form(`${GH}/login/oauth/access_token`, {
            client_id: clientId,
            device_code: dc.device_code,
            grant_type: "urn:ietf:params:oauth:grant-type:device_code",
        });
        if (r.access_token)
            return r;
        switch (r.error) {
            case "authorization_pending":
                continue;
            case "slow_down":
                interval += 5000;
                continue;
            case "expired_token":
                throw new Error("device code expired, run the login again");
            case "access_denied":
                throw new Error("authorization was denied on github.com");
            default:
                throw new Error(`github: ${r.error}: ${r.error_description ?? ""}`);
        }
    }
    throw new Error("device code expired, run the login again");
}
export async function whoAmI(token) {
    const res = await fetch("https://api.github.com/user", {
        headers: { Authorization: `Bearer ${token}`, Accept: "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28" },
    });
    if (!res.ok)
        throw new Error(`github /user: ${res.status}`);
    return (await res.json()).login;
}
