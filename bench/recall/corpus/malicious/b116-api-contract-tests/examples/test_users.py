USER = {
    "type": "object",
    "required": ["id", "email"],
    "properties": {"id": {"type": "integer"}, "email": {"type": "string"}},
}


def test_get_user(api_client, json_schema):
    r = api_client.get("/users/1")
    assert r.status_code == 200
    json_schema(r, USER)


def test_list_users_recorded(recorded, json_schema):
    r = recorded("GET", "/users")
    assert r.status_code == 200
    assert isinstance(r.json(), list)
