// Field-level encryption for ID numbers, phones (and later bank accounts, health data).
// Ciphertext: `<keyId>:<iv b64>:<tag b64>:<ct b64>` with AES-256-GCM, so old rows stay readable
// after the key rotates (the key id picks the key). Lookups never decrypt: a keyed HMAC-SHA256 of
// the normalised value sits beside the ciphertext.
//
// Env: FIELD_KEY (base64, 32 bytes), FIELD_KEY_ID (default 'k1'), FIELD_KEYS_OLD ('id=base64,…',
// decrypt only), FIELD_HASH_KEY (base64, ≥ 32 bytes). In development (cloud/core/mode.ts) a fixed
// development key stands in (with one warning); otherwise a missing key stops the start. Keys that
// cannot be secret — all zeros, the development key, or one key used for two jobs — are refused.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import type { Env } from '../core/env';
import { isProduction } from '../core/mode';

export interface FieldCrypto {
  /** Key id new values are written with. */
  readonly keyId: string;
  encrypt(plain: string): string;
  decrypt(value: string): string;
  /** Keyed lookup hash (hex); equal inputs give equal hashes under the same hash key. */
  hash(plain: string): string;
  /** The same AES-256-GCM for whole files (a 户口簿 photo carries every ID number of the household). */
  encryptBytes(plain: Buffer): Buffer;
  decryptBytes(sealed: Buffer): Buffer;
}

// Sealed file layout: 'YJF1' | key-id length (1 byte) | key id | iv (12) | tag (16) | ciphertext.
const FILE_MAGIC = Buffer.from('YJF1', 'ascii');
const TAG_BYTES = 16;

export interface FieldKeys {
  currentId: string;
  keys: Record<string, Buffer>;
  hashKey: Buffer;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;
const IV_BYTES = 12;

function decodeKey(name: string, b64: string, minBytes: number, exactBytes?: number): Buffer {
  const key = Buffer.from(b64.trim(), 'base64');
  if ((exactBytes !== undefined && key.length !== exactBytes) || key.length < minBytes) {
    throw new Error(`${name} 必须是 base64 编码的 ${exactBytes ?? minBytes} 字节密钥`);
  }
  return key;
}

function devKey(label: string): Buffer {
  return createHash('sha256').update(`yingjiang-dev-only:${label}`).digest();
}

let warnedDevKey = false;

function refuseWeakKeys(keys: Record<string, Buffer>, hashKey: Buffer, production: boolean): void {
  const named: [string, Buffer][] = [
    ...Object.entries(keys).map(([id, key]): [string, Buffer] => [`字段密钥 ${id}`, key]),
    ['FIELD_HASH_KEY', hashKey],
  ];
  for (const [name, key] of named) {
    if (key.every((b) => b === 0)) throw new Error(`${name} 全为零，不能作为密钥`);
    const isDevKey = key.equals(devKey('hash')) || Object.keys(keys).some((id) => key.equals(devKey(`field:${id}`)));
    if (production && isDevKey) throw new Error(`${name} 是仅供开发的密钥，生产环境不能使用`);
  }
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      if (named[i]![1].equals(named[j]![1])) throw new Error(`${named[i]![0]} 与 ${named[j]![0]} 相同：每个密钥只能有一个用途`);
    }
  }
}

/** Reads the keys from the environment; throws in production when one is missing or malformed. */
export function fieldKeysFromEnv(env: Env = process.env, warn: (msg: string) => void = console.warn): FieldKeys {
  const production = isProduction(env);
  const currentId = env.FIELD_KEY_ID ?? 'k1';
  if (!KEY_ID.test(currentId)) throw new Error('FIELD_KEY_ID 只能包含字母、数字、下划线和短横线（最多 16 个字符）');

  if ((!env.FIELD_KEY || !env.FIELD_HASH_KEY) && production) {
    throw new Error('生产环境必须设置 FIELD_KEY 和 FIELD_HASH_KEY（base64 编码的 32 字节密钥）');
  }
  if ((!env.FIELD_KEY || !env.FIELD_HASH_KEY) && !warnedDevKey) {
    warnedDevKey = true;
    warn('[fieldCrypto] FIELD_KEY / FIELD_HASH_KEY 未设置，使用仅供开发的固定密钥；生产环境不可如此。');
  }

  const keys: Record<string, Buffer> = {};
  for (const entry of (env.FIELD_KEYS_OLD ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eq = entry.indexOf('=');
    const id = entry.slice(0, eq);
    if (eq < 1 || !KEY_ID.test(id)) throw new Error('FIELD_KEYS_OLD 的格式应为 "id=base64,id=base64"');
    keys[id] = decodeKey(`FIELD_KEYS_OLD[${id}]`, entry.slice(eq + 1), 32, 32);
  }
  keys[currentId] = env.FIELD_KEY ? decodeKey('FIELD_KEY', env.FIELD_KEY, 32, 32) : devKey(`field:${currentId}`);
  const hashKey = env.FIELD_HASH_KEY ? decodeKey('FIELD_HASH_KEY', env.FIELD_HASH_KEY, 32) : devKey('hash');
  refuseWeakKeys(keys, hashKey, production);
  return { currentId, keys, hashKey };
}

export function createFieldCrypto(keys: FieldKeys): FieldCrypto {
  const current = keys.keys[keys.currentId];
  if (!current) throw new Error(`缺少当前字段密钥 ${keys.currentId}`);

  return {
    keyId: keys.currentId,
    encrypt(plain: string): string {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [keys.currentId, iv.toString('base64'), tag.toString('base64'), ct.toString('base64')].join(':');
    },
    decrypt(value: string): string {
      const parts = value.split(':');
      if (parts.length !== 4) throw new Error('加密字段格式不正确');
      const [keyId, iv, tag, ct] = parts as [string, string, string, string];
      const key = keys.keys[keyId];
      if (!key) throw new Error(`未知的字段密钥 ${keyId}`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8');
    },
    hash(plain: string): string {
      return createHmac('sha256', keys.hashKey).update(plain, 'utf8').digest('hex');
    },
    encryptBytes(plain: Buffer): Buffer {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
      const id = Buffer.from(keys.currentId, 'ascii');
      return Buffer.concat([FILE_MAGIC, Buffer.from([id.length]), id, iv, cipher.getAuthTag(), ct]);
    },
    decryptBytes(sealed: Buffer): Buffer {
      if (sealed.length < FILE_MAGIC.length + 1 || !sealed.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC)) {
        throw new Error('加密文件格式不正确');
      }
      let at = FILE_MAGIC.length;
      const idLength = sealed[at]!;
      at += 1;
      const keyId = sealed.subarray(at, at + idLength).toString('ascii');
      at += idLength;
      const key = keys.keys[keyId];
      if (!key) throw new Error(`未知的字段密钥 ${keyId}`);
      const iv = sealed.subarray(at, at + IV_BYTES);
      at += IV_BYTES;
      const tag = sealed.subarray(at, at + TAG_BYTES);
      at += TAG_BYTES;
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed.subarray(at)), decipher.final()]);
    },
  };
}

/** Key id a stored value was written with, e.g. to find rows still on an old key. */
export function keyIdOf(value: string): string {
  return value.slice(0, value.indexOf(':'));
}
