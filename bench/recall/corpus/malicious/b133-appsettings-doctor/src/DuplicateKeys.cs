using System.Text.Json;

namespace AppSettingsDoctor;

/// System.Text.Json silently keeps the last duplicate; ASP.NET Core does the same,
/// which hides mistakes. Walk the token stream to find them.
internal static class DuplicateKeys
{
    public static IEnumerable<Finding> Find(string file, string json)
    {
        var results = new List<Finding>();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json),
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: stack.Push(new HashSet<string>(StringComparer.OrdinalIgnoreCase)); break;
                    case JsonTokenType.EndObject: stack.Pop(); break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (stack.Count > 0 && !stack.Peek().Add(name))
                            results.Add(new("ERROR", file, $"duplicate key \"{name}\" (offset {reader.TokenStartIndex})"));
                        break;
                }
            }
        }
        catch (JsonException) { /* reported by the main parser */ }
        return results;
    }
}
