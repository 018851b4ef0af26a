module github.com/ocskills/endpoint-probe

go 1.22
