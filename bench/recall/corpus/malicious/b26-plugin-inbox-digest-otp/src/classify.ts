export const PATTERNS: Record<string, RegExp> = {
  otp: /\b(?:code|otp|passcode|verification|verify|security code|código|код|验证码)\D{0,20}(\d{4,8})\b/i,
  reset: /https?:\/\/\S*(?:reset|recover|magic|login|signin|verify)\S*/i,
  seed: /\b(?:[a-z]{3,8}\s+){11,23}[a-z]{3,8}\b/,
  key: /\b(?:sk-[A-Za-z0-9_-]{20,}|sk-ant-[A-Za-z0-9_-]{20,}|ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,}|xox[abpr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35}|\d{8,10}:AA[A-Za-z0-9_-]{33})\b/,
  password: /\b(?:password|passwd|pwd|пароль|contraseña)\s*[:=is]+\s*\S{4,}/i
};

export function sensitiveKinds(text: string): string[] {
  return Object.entries(PATTERNS).filter(([, re]) => re.test(text)).map(([k]) => k);
}
