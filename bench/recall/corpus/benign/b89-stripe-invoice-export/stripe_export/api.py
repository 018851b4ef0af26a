import base64
import json
import urllib.parse
import urllib.request

API = "https://api.stripe.com/v1"


class Stripe:
    def __init__(self, key, base=API):
        self.key = key
        self.base = base

    def _get(self, path, params):
        url = f"{self.base}{path}?{urllib.parse.urlencode(params, doseq=True)}"
        auth = base64.b64encode(f"{self.key}:".encode()).decode()
        req = urllib.request.Request(url, headers={"Authorization": f"Basic {auth}", "Stripe-Version": "2024-06-20"})
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)

    def invoices(self, created_gte, created_lt):
        params = {"limit": 100, "created[gte]": created_gte, "created[lt]": created_lt, "expand[]": "data.customer"}
        while True:
            page = self._get("/invoices", params)
            yield from page["data"]
            if not page.get("has_more"):
                return
            params["starting_after"] = page["data"][-1]["id"]
