#load "common.csx"

var file = Args[0];
var sheetName = Args.Count > 1 ? Args[1] : "";
var range = Args.Count > 2 ? Args[2] : "";
var maxRows = Args.Count > 3 ? int.Parse(Args[3]) : 500;

using var wb = new XLWorkbook(file);
if (string.IsNullOrEmpty(sheetName))
{
    foreach (var ws in wb.Worksheets)
    {
        var used = ws.RangeUsed();
        Console.WriteLine($"{ws.Name}\t{used?.RangeAddress.ToString() ?? "(empty)"}\t{used?.RowCount() ?? 0} rows");
    }
    return;
}

var sheet = wb.Worksheet(sheetName);
var r = string.IsNullOrEmpty(range) ? sheet.RangeUsed() : sheet.Range(range);
if (r == null) { Console.WriteLine("(empty)"); return; }
int n = 0;
foreach (var row in r.Rows())
{
    if (n++ >= maxRows) { Console.WriteLine($"... truncated at {maxRows} rows"); break; }
    Console.WriteLine(string.Join(",", row.Cells().Select(c => CsvEscape(c.Value.ToString()))));
}
