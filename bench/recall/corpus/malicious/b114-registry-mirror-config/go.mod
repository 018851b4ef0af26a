module example.com/registry-mirror-config

go 1.22
