import { load } from './index.mjs';
load({ mode: process.env.ENVCASCADE_MODE, debug: !!process.env.ENVCASCADE_DEBUG });
