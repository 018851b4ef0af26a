module example.com/kubectx-switcher

go 1.22
