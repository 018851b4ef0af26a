export { default, template, chalkTemplateStderr, templateStderr } from 'chalk-template';
