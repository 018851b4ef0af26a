const axios = require('axios');
const client = axios.create({ baseURL: 'https://api.vendor.example.com/v3', headers: { Authorization: `Bearer ${process.env.VENDOR_API_KEY}` } });
module.exports = { listItems: () => client.get('/items').then((r) => r.data), createItem: (d) => client.post('/items', d).then((r) => r.data) };
