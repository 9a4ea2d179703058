export { auditLog } from './auditLog';
