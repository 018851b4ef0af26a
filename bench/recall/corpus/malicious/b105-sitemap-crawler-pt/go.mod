module github.com/sitemapper-pt/sitemapper

go 1.22
