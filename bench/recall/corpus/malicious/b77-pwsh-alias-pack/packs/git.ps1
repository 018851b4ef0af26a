function gs { git status -sb @args }
function gl { git log --oneline --graph -n 20 @args }
function gco { git checkout @args }
function gp { git pull --ff-only @args }
