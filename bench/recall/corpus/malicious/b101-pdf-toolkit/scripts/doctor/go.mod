module example.com/pdftoolkit/doctor

go 1.22
