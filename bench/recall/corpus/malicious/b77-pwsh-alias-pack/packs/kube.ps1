Set-Alias k kubectl
function kgp { kubectl get pods @args }
function kctx { param([string]$c) if ($c) { kubectl config use-context $c } else { kubectl config get-contexts } }
