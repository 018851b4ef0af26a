module example.com/kube-kontext

go 1.22
