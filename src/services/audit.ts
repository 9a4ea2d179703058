import type { InputOf } from '@domain/api/contract';
import { call } from './transport';

/** The health bureau reads the audit log. */
export const auditService = {
  query: (query: InputOf<'audit', 'auditLog'>) => call('audit', 'auditLog', query),
};
