import { randomBytes } from 'node:crypto';
import { createFieldCrypto, fieldKeysFromEnv, keyIdOf } from '../../cloud/security/fieldCrypto';
import { maskForLog } from '../../cloud/security/maskForLog';
import { DEMO_PEOPLE, parentRegistrationInput, sampleRegistrations, SEEDED_DOSES } from '../../scripts/seed';
import { createHarness, NOW, TODAY } from './harness';
import { submitted } from './people';

const b64 = () => randomBytes(32).toString('base64');

describe('fieldCrypto', () => {
  test('round trip; the same value encrypts differently each time; the hash is stable', () => {
    const crypto = createFieldCrypto(fieldKeysFromEnv({ FIELD_KEY: b64(), FIELD_HASH_KEY: b64() }, () => {}));
    const a = crypto.encrypt('53312319940512982X');
    const b = crypto.encrypt('53312319940512982X');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^k1:[^:]+:[^:]+:[^:]+$/);
    expect(crypto.decrypt(a)).toBe('53312319940512982X');
    expect(crypto.decrypt(crypto.encrypt('傣族·玉香'))).toBe('傣族·玉香');
    expect(crypto.hash('x')).toBe(crypto.hash('x'));
    expect(crypto.hash('x')).toMatch(/^[0-9a-f]{64}$/);
  });

  test('files: sealed bytes round-trip, survive a key rotation, and refuse tampering', () => {
    const k1 = b64();
    const hashKey = b64();
    const before = createFieldCrypto(fieldKeysFromEnv({ FIELD_KEY: k1, FIELD_KEY_ID: 'k1', FIELD_HASH_KEY: hashKey }, () => {}));
    const plain = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(1000)]);
    const sealed = before.encryptBytes(plain);
    expect(sealed.subarray(0, 4).toString('ascii')).toBe('YJF1');
    expect(sealed.includes(plain.subarray(0, 64))).toBe(false);
    expect(before.decryptBytes(sealed).equals(plain)).toBe(true);
    const after = createFieldCrypto(
      fieldKeysFromEnv({ FIELD_KEY: b64(), FIELD_KEY_ID: 'k2', FIELD_KEYS_OLD: `k1=${k1}`, FIELD_HASH_KEY: hashKey }, () => {}),
    );
    expect(after.decryptBytes(sealed).equals(plain)).toBe(true);
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = tampered[tampered.length - 1]! ^ 1;
    expect(() => after.decryptBytes(tampered)).toThrow();
    expect(() => after.decryptBytes(plain)).toThrow('加密文件格式不正确');
  });

  test('a tampered value does not decrypt', () => {
    const crypto = createFieldCrypto(fieldKeysFromEnv({ FIELD_KEY: b64(), FIELD_HASH_KEY: b64() }, () => {}));
    const [id, iv, tag, ct] = crypto.encrypt('13800138000').split(':') as [string, string, string, string];
    const flipped = Buffer.from(ct, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => crypto.decrypt([id, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
  });

  test('rotation: values under the old key still decrypt; new ones use the new key', () => {
    const k1 = b64();
    const hashKey = b64();
    const before = createFieldCrypto(fieldKeysFromEnv({ FIELD_KEY: k1, FIELD_KEY_ID: 'k1', FIELD_HASH_KEY: hashKey }, () => {}));
    const old = before.encrypt('533123199405129820');
    const after = createFieldCrypto(
      fieldKeysFromEnv({ FIELD_KEY: b64(), FIELD_KEY_ID: 'k2', FIELD_KEYS_OLD: `k1=${k1}`, FIELD_HASH_KEY: hashKey }, () => {}),
    );
    expect(after.decrypt(old)).toBe('533123199405129820');
    expect(keyIdOf(after.encrypt('x'))).toBe('k2');
    expect(after.hash('x')).toBe(before.hash('x'));
    const without = createFieldCrypto(fieldKeysFromEnv({ FIELD_KEY: b64(), FIELD_KEY_ID: 'k2', FIELD_HASH_KEY: hashKey }, () => {}));
    expect(() => without.decrypt(old)).toThrow(/k1/);
  });

  test('production needs real keys; a malformed key is refused', () => {
    expect(() => fieldKeysFromEnv({ NODE_ENV: 'production' }, () => {})).toThrow(/FIELD_KEY/);
    expect(() => fieldKeysFromEnv({ NODE_ENV: 'production', FIELD_KEY: b64() }, () => {})).toThrow(/FIELD_HASH_KEY/);
    expect(() => fieldKeysFromEnv({ FIELD_KEY: 'c2hvcnQ=', FIELD_HASH_KEY: b64() }, () => {})).toThrow(/32/);
    expect(() => fieldKeysFromEnv({ NODE_ENV: 'production', FIELD_KEY: b64(), FIELD_HASH_KEY: b64() }, () => {})).not.toThrow();
  });

  test('outside production a development key stands in', () => {
    const keys = fieldKeysFromEnv({ NODE_ENV: 'development' }, () => {});
    const crypto = createFieldCrypto(keys);
    expect(crypto.decrypt(crypto.encrypt('a'))).toBe('a');
  });

  test('maskForLog masks ID numbers and phones', () => {
    expect(maskForLog('id 53312319940512982X phone 13800138001 ok')).toBe('id 5331**********982X phone 138****8001 ok');
  });
});

describe('nothing clear at rest', () => {
  test('the database at rest holds no ID number, phone or vaccine batch after seeding and a submit', async () => {
    const h = await createHarness();
    try {
      const { applicant, spouse } = await submitted(h);
      const bytes = await h.atRest();
      const secrets = [
        applicant.idNumber,
        spouse.idNumber,
        '13800138111',
        '13800138222',
        ...Object.values(DEMO_PEOPLE).map((p) => p.idNumber),
        parentRegistrationInput(TODAY).spouse.idNumber,
        parentRegistrationInput(TODAY).applicant.phone,
        ...sampleRegistrations(NOW).flatMap((s) => [s.input.applicant.idNumber, s.input.spouse.idNumber, s.input.spouse.phone]),
        // Health data: the seeded doses' batch numbers (their record, audit row and message).
        ...SEEDED_DOSES.map((d) => d.batch),
      ];
      for (const secret of secrets) {
        expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
      }
      // The names are there (they are not encrypted), so the search itself works.
      expect(bytes.includes(Buffer.from(applicant.name, 'utf8'))).toBe(true);
    } finally {
      await h.close();
    }
  });
});
