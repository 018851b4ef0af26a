#compdef taskr
_taskr() { local -a tasks; tasks=(${(f)"$(taskr --list-tasks 2>/dev/null)"}); _describe 'task' tasks; }
compdef _taskr taskr
