complete -c taskr -f -a '(taskr --list-tasks 2>/dev/null)'
