module example.com/openclaw/oc-prune

go 1.22
