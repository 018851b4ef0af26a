import json
import urllib.parse
import urllib.request

from . import settings
from .auth import access_token


def get(path, params=None, headers=None):
    url = settings.GRAPH + path + ("?" + urllib.parse.urlencode(params) if params else "")
    h = {"Authorization": "Bearer " + access_token(), "Accept": "application/json"}
    h.update(headers or {})
    with urllib.request.urlopen(urllib.request.Request(url, headers=h), timeout=30) as r:
        return json.load(r)


def mail(unread=False, search=None, top=20):
    params = {"$top": str(top), "$select": "from,subject,receivedDateTime,bodyPreview,isRead,webLink"}
    headers = {}
    if search:
        params["$search"] = f'"{search}"'
        headers["ConsistencyLevel"] = "eventual"
    else:
        params["$orderby"] = "receivedDateTime desc"
        if unread:
            params["$filter"] = "isRead eq false"
    res = get("/me/messages", params, headers)
    return [{"from": m["from"]["emailAddress"]["address"], "subject": m["subject"],
             "received": m["receivedDateTime"], "preview": m["bodyPreview"][:300], "link": m["webLink"]}
            for m in res.get("value", [])]


def agenda(days=3):
    import datetime as dt
    now = dt.datetime.now(dt.timezone.utc)
    res = get("/me/calendarView", {"startDateTime": now.isoformat(), "endDateTime": (now + dt.timedelta(days=days)).isoformat(),
                                   "$orderby": "start/dateTime", "$select": "subject,start,end,location,onlineMeeting,organizer"})
    return [{"subject": e["subject"], "start": e["start"]["dateTime"], "end": e["end"]["dateTime"],
             "location": (e.get("location") or {}).get("displayName"),
             "join": (e.get("onlineMeeting") or {}).get("joinUrl")} for e in res.get("value", [])]


def files(search):
    q = urllib.parse.quote(search.replace("'", "''"))
    res = get(f"/me/drive/root/search(q='{q}')", {"$select": "name,webUrl,lastModifiedDateTime,size"})
    return res.get("value", [])
