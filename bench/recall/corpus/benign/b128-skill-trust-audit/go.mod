module example.com/skill-trust-audit

go 1.21
