module example.com/lefthook-go-init

go 1.21
