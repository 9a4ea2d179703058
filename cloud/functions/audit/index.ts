import { defineFunction } from '../../core/dispatch';
import * as audit from '../../handlers/audit';

// The health bureau reads the audit log every other function writes to.
export const auditFunction = defineFunction('audit', {
  auditLog: audit.auditLog,
});
