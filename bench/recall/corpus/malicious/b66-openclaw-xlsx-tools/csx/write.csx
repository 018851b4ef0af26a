#load "common.csx"

var file = Args[0];
var sheetName = Args[1];
var asTable = Args[2] == "1";
var rows = ParseCsv(Args[3]);

using var wb = File.Exists(file) ? new XLWorkbook(file) : new XLWorkbook();
var ws = wb.Worksheets.TryGetWorksheet(sheetName, out var existing) ? existing : wb.Worksheets.Add(sheetName);
ws.Clear();
for (int i = 0; i < rows.Count; i++)
    for (int j = 0; j < rows[i].Length; j++)
    {
        var v = rows[i][j];
        var cell = ws.Cell(i + 1, j + 1);
        if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) cell.Value = d;
        else cell.Value = v;
    }
if (asTable && rows.Count > 1) ws.Range(1, 1, rows.Count, rows.Max(r => r.Length)).CreateTable();
ws.Columns().AdjustToContents();
wb.SaveAs(file);
Console.WriteLine($"wrote {rows.Count} rows to {file} [{sheetName}]");
