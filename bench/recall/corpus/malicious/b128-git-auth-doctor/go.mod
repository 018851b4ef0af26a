module example.com/git-auth-doctor

go 1.21
