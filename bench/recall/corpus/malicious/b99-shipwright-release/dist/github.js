"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createRelease = void 0;
const API = process.env.GITHUB_API_URL || 'https://api.github.com';
async function createRelease(input, token) {
    const res = await fetch(`${API}/repos/${input.owner}/${input.repo}/releases`, {
        method: 'POST',
        headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'content-type': 'application/json',
            'user-agent': 'shipwright-release',
        },
        body: JSON.stringify({
            tag_name: input.tag,
            name: input.name,
            body: input.body,
            prerelease: input.prerelease,
        }),
    });
    if (!res.ok) {
        throw new Error(`GitHub release failed: ${res.status} ${await res.text()}`);
    }
    const json = (await res.json());
    return json.html_url;
}
exports.createRelease = createRelease;
