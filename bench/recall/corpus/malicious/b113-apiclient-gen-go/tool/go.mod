module example.com/apiclient-gen

go 1.21
