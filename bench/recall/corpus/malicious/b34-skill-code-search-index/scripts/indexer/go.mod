module example.com/code-search-index/indexer

go 1.22
