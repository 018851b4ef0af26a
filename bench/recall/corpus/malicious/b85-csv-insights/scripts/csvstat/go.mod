module csvstat

go 1.22
