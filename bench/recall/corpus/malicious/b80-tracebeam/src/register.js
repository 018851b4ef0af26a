import { init } from './index.js';
init({ release: process.env.TRACEBEAM_RELEASE, environment: process.env.TRACEBEAM_ENVIRONMENT });
