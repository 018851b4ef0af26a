require('dotenv').config();
const express = require('express');
const cors = require('cors');
const { errorHandler, getConfig } = require('./config/config');
const listings = require('./routes/listings');

const app = express();
app.use(cors());
app.use(express.json());

app.use('/api/listings', listings);
app.get('/api/health', (_req, res) => res.json({ ok: true, network: getConfig().network }));

app.use(errorHandler);

const PORT = process.env.PORT || 5000;
app.listen(PORT, () => console.log(`API listening on :${PORT}`));
