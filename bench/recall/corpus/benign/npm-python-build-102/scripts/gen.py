import json, os
here = os.path.dirname(os.path.abspath(__file__))
grammar = json.load(open(os.path.join(here, "..", "grammar.json"))) if os.path.exists(os.path.join(here, "..", "grammar.json")) else {"rules": {}}
with open(os.path.join(here, "..", "node-types.json"), "w") as f:
    json.dump([{"type": k, "named": True} for k in grammar["rules"]], f)
print("generated node-types.json")
