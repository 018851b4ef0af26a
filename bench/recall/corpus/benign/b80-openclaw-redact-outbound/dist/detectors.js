export const DETECTORS = [
    { name: "aws-access-key", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
    { name: "github-token", re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/g },
    { name: "gitlab-token", re: /\bglpat-[A-Za-z0-9_-]{20,}\b/g },
    { name: "slack-token", re: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g },
    { name: "openai-key", re: /\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b/g },
    { name: "anthropic-key", re: /\bsk-ant-[A-Za-z0-9_-]{20,}\b/g },
    { name: "stripe-key", re: /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
    { name: "jwt", re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g },
    { name: "private-key", re: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]+?-----END (?:[A-Z]+ )?PRIVATE KEY-----/g },
    { name: "assignment", re: /\b(password|passwd|secret|api[_-]?key|token)\s*[:=]\s*["']?([^\s"']{6,})/gi, group: 2 },
];
export function luhn(num) {
    const d = num.replace(/\D/g, "");
    if (d.length < 13 || d.length > 19)
        return false;
    let sum = 0;
    for (let i = 0; i < d.length; i++) {
        let n = Number(d[d.length - 1 - i]);
        if (i % 2 === 1) {
            n *= 2;
            if (n > 9)
                n -= 9;
        }
        sum += n;
    }
    return sum % 10 === 0;
}
//# sourceMappingURL=detectors.js.map
