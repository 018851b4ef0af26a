module github.com/shipnote-dev/shipnote

go 1.22
