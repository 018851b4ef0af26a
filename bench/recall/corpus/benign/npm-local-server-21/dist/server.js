require('http').createServer((q,s)=>s.end('ok')).listen(Number(process.argv[3]),'127.0.0.1');
