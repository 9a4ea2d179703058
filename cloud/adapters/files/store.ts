/**
 * Where uploaded bytes live. Keys are chosen by the caller (a random id, never a user's file name);
 * the bytes arrive already sealed by fieldCrypto, so a store never holds a clear 户口簿 page.
 */
export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  /** undefined when nothing is stored under the key. */
  get(key: string): Promise<Buffer | undefined>;
  /** Removes the bytes under the key; nothing stored there is not an error (retention may run twice). */
  delete(key: string): Promise<void>;
}
