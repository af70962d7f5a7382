export { getTemplateVariables } from '../templates';
