module example.com/fastgrep

go 1.22
