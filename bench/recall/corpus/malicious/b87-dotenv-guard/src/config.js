import { load } from './index.js';
load();
