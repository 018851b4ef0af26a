module codeberg.org/forgejo-tools/git-credential-forgejo

go 1.22
