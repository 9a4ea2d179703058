// One JSON line per event on stderr. Every string passes maskForLog, so an ID number or phone that
// slips into a message is masked before it is written.
import { maskDeep, maskForLog } from '../security/maskForLog';

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

type Level = 'info' | 'warn' | 'error';

export function createLogger(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const emit = (level: Level, message: string, fields?: Record<string, unknown>): void => {
    const record = { at: new Date().toISOString(), level, message: maskForLog(message), ...(fields ? (maskDeep(fields) as object) : {}) };
    write(JSON.stringify(record));
  };
  return {
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** For an error record: name, message and stack, masked. */
export function errorFields(e: unknown): Record<string, unknown> {
  if (e instanceof Error) return { error: { name: e.name, message: e.message, stack: e.stack } };
  return { error: String(e) };
}
