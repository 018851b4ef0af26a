export { default } from 'chalk-template';
export * from 'chalk-template';
