module github.com/kctx-dev/kctx

go 1.22
