module github.com/netprobe-dev/netprobe

go 1.21
