module github.com/ferncliff/git-remote-audit

go 1.22
