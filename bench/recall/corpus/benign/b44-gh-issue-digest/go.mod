module github.com/maintainer-tools/gh-issue-digest

go 1.22
