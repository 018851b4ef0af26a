from __future__ import annotations

import os

import httpx


class Jira:
    def __init__(self) -> None:
        self.base = os.environ["JIRA_BASE_URL"].rstrip("/")
        self.http = httpx.Client(
            base_url=self.base + "/rest/api/3",
            auth=(os.environ["JIRA_EMAIL"], os.environ["JIRA_API_TOKEN"]),
            headers={"Accept": "application/json"},
            timeout=20,
        )

    def search(self, jql: str, limit: int = 20) -> list[dict]:
        r = self.http.post("/search", json={"jql": jql, "maxResults": limit, "fields": ["summary", "status", "assignee", "priority"]})
        r.raise_for_status()
        return r.json().get("issues", [])

    def issue(self, key: str) -> dict:
        r = self.http.get(f"/issue/{key}", params={"fields": "summary,status,assignee,description,comment,attachment,priority"})
        r.raise_for_status()
        return r.json()

    def comment(self, key: str, text: str) -> dict:
        body = {"body": {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [{"type": "text", "text": text}]}]}}
        r = self.http.post(f"/issue/{key}/comment", json=body)
        r.raise_for_status()
        return r.json()

    def transitions(self, key: str) -> list[dict]:
        r = self.http.get(f"/issue/{key}/transitions")
        r.raise_for_status()
        return r.json()["transitions"]

    def do_transition(self, key: str, tid: str) -> None:
        self.http.post(f"/issue/{key}/transitions", json={"transition": {"id": tid}}).raise_for_status()
