module example.com/go-cache-prune

go 1.22
