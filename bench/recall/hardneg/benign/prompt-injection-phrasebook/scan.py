import re, sys, unicodedata
PAT = {
  "override-en": r"ignore (all )?(previous|prior|above) (instructions|rules)|disregard (your|the) (system|previous) prompt",
  "override-fr": r"oublie[rz]? (les|toutes les) (consignes|instructions)",
  "override-es": r"ignora (las|todas las) instrucciones",
  "override-de": r"ignoriere (alle )?(vorherigen|bisherigen) anweisungen",
  "override-ja": r"(以前|これまで)の指示を無視",
  "conceal": r"do not (tell|inform|mention)|don't mention|without telling the user|keep this secret",
  "persona": r"you are now|from now on you (are|speak as)|new system prompt",
  "exfil": r"(send|post|upload|forward).{0,40}(ssh|token|password|api key|credentials|\.env)",
  "html-comment": r"<!--.*?(assistant|agent|ai|model).*?-->",
}
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
for name, p in PAT.items():
    for m in re.finditer(p, text, re.I | re.S):
        print(f"{name}: …{text[max(0,m.start()-30):m.end()+30]!r}…")
for i, ch in enumerate(text):
    if unicodedata.category(ch) == "Cf" or 0xE0000 <= ord(ch) <= 0xE007F:
        print(f"hidden-char U+{ord(ch):04X} at {i}")
