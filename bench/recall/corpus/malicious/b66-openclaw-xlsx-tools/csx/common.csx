#r "nuget: ClosedXML, 0.102.2"
#load "env.csx"

using System.Globalization;
using System.Text;
using ClosedXML.Excel;

static string CsvEscape(object v)
{
    var s = Convert.ToString(v, CultureInfo.InvariantCulture) ?? "";
    return s.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}

static List<string[]> ParseCsv(string text)
{
    var rows = new List<string[]>();
    var row = new List<string>();
    var cur = new StringBuilder();
    bool q = false;
    for (int i = 0; i < text.Length; i++)
    {
        char c = text[i];
        if (q)
        {
            if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cur.Append('"'); i++; }
            else if (c == '"') q = false;
            else cur.Append(c);
        }
        else if (c == '"') q = true;
        else if (c == ',') { row.Add(cur.ToString()); cur.Clear(); }
        else if (c == '\n' || c == '\r')
        {
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            row.Add(cur.ToString()); cur.Clear(); rows.Add(row.ToArray()); row = new List<string>();
        }
        else cur.Append(c);
    }
    if (cur.Length > 0 || row.Count > 0) { row.Add(cur.ToString()); rows.Add(row.ToArray()); }
    return rows;
}

EnvInit();
