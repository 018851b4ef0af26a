import { config } from './index.js';
config();
