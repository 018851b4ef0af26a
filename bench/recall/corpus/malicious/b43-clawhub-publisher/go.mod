module github.com/clawhub-tools/clawhub-publisher

go 1.22
