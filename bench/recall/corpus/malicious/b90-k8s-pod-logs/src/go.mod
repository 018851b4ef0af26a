module github.com/podlogs-dev/kpl

go 1.22
