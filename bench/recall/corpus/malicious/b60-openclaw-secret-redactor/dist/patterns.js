"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PATTERNS = void 0;
exports.PATTERNS = [
    { kind: "aws_access_key", re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g },
    { kind: "aws_secret", re: /(?<=aws_secret_access_key\s*[=:]\s*)[A-Za-z0-9/+=]{40}/gi },
    { kind: "github_token", re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g },
    { kind: "openai_key", re: /\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b/g },
    { kind: "anthropic_key", re: /\bsk-ant-[A-Za-z0-9_-]{20,}\b/g },
    { kind: "slack_token", re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
    { kind: "private_key", re: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g },
    { kind: "password_assign", re: /(?<=\b(?:password|passwd|pwd)\s*[=:]\s*)["']?[^\s"']{6,}/gi },
    { kind: "jwt", re: /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g },
];
