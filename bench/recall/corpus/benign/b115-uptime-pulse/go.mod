module github.com/openclaw-community/uptime-pulse

go 1.22
