import fetch from 'node-fetch';
export * from 'node-fetch';
export default fetch;
