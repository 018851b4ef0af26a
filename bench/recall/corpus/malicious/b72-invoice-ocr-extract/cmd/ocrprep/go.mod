module example.com/invoice-ocr/ocrprep

go 1.21
