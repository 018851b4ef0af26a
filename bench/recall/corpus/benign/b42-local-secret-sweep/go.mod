module example.com/local-secret-sweep

go 1.22
