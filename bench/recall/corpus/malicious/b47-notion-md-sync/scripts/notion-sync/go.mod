module notionsync

go 1.22
