module example.com/asset-inventory-reporter/inventory

go 1.21
