{
  "id": "__ID__",
  "name": "__ID__",
  "configSchema": { "type": "object", "additionalProperties": false, "properties": {} }
}
