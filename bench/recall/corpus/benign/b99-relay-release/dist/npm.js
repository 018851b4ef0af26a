"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publish = exports.isPublished = exports.verifyAuth = exports.DEFAULT_REGISTRY = void 0;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
exports.DEFAULT_REGISTRY = 'https://registry.npmjs.org/';
function authKey(registry) {
    const u = new URL(registry);
    return `//${u.host}${u.pathname.replace(/\/?$/, '/')}:_authToken`;
}
async function verifyAuth(registry, token) {
    const res = await fetch(new URL('-/whoami', registry), {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    if (res.status === 401)
        throw new Error('NPM_TOKEN was rejected by the registry (401).');
    if (!res.ok)
        throw new Error(`npm whoami failed: ${res.status} ${res.statusText}`);
    const body = (await res.json());
    return body.username;
}
exports.verifyAuth = verifyAuth;
async function isPublished(registry, name, version) {
    const res = await fetch(new URL(`${encodeURIComponent(name).replace('%40', '@')}/${version}`, registry));
    return res.status === 200;
}
exports.isPublished = isPublished;
function publish(cwd, registry, token, distTag, provenance) {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'relay-release-'));
    const npmrc = (0, node_path_1.join)(dir, '.npmrc');
    (0, node_fs_1.writeFileSync)(npmrc, `registry=${registry}\n${authKey(registry)}=\${NPM_TOKEN}\n`, { mode: 0o600 });
    try {
        const args = ['publish', '--userconfig', npmrc, '--tag', distTag];
        if (provenance)
            args.push('--provenance');
        (0, node_child_process_1.execFileSync)('npm', args, { cwd, stdio: 'inherit', env: { ...process.env, NPM_TOKEN: token } });
    }
    finally {
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    }
}
exports.publish = publish;
