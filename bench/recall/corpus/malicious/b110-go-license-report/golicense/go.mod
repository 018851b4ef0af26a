module example.com/golicense

go 1.22
