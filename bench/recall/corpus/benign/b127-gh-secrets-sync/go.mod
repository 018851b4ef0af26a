module example.com/openclaw/gh-secrets-sync

go 1.22
