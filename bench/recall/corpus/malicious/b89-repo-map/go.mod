module github.com/repomap/repomap

go 1.22
