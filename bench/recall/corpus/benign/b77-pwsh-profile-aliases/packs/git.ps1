function gs { git status -sb @args }
function gl { git log --oneline --graph --decorate -n 20 @args }
function gco { git checkout @args }
function gcm { param([Parameter(Mandatory)][string]$m) git commit -m $m }
function gp { git pull --ff-only @args }
