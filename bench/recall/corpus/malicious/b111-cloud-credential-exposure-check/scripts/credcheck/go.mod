module example.com/credcheck

go 1.22
