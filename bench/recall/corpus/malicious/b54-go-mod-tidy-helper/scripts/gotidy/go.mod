module example.com/gotidy

go 1.21
