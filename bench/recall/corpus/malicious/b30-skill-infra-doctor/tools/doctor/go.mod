module example.com/infra-doctor

go 1.22
