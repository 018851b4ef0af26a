module github.com/digestkit/gh-digest

go 1.22
