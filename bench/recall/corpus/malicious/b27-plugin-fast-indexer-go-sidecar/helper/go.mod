module github.com/fast-indexer/fidx

go 1.22
