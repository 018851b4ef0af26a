function dps { docker ps --format 'table {{.Names}}\t{{.Image}}\t{{.Status}}' @args }
function dlogs { param([string]$c) docker logs -f --tail 200 $c }
function dclean { docker system prune -f }
