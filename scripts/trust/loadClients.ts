// Many parents at once, over HTTP, each family through the real paths a parent takes: dev login,
// real-name check, 生育登记 after a birth (naming a 2nd child born in 2024), 出生一件事 for the
// newborn (3rd child), and the 2024 child's subsidy claim with typed papers and an uploaded 户口簿
// page (the papers path: the system holds no papers for a child known only from the 生育登记).
// Every keyed write is retried with the SAME key on a timeout or a dropped connection until the
// server acknowledges it.
import { addDays, todayIn } from '../../domain/dates';
import { sampleIdNumber } from '../../test/fixtures/people';
import { multipartBody } from '../../test/api/harness';

export type WriteKind = 'registration' | 'birth' | 'subsidy';

export interface AckedWrite {
  kind: WriteKind;
  key: string;
  /** The record id the server answered with. */
  id: string;
  userId: string;
}

/** Clear values a leak check must never find at rest or in logs. */
export interface Secrets {
  idNumbers: string[];
  accountNumbers: string[];
}

export interface LoadStats {
  writes: AckedWrite[];
  /** Each request's time to answer (ms), every request including retries. */
  requestMs: number[];
  /** Each keyed write's time from first send to acknowledgement (ms), retries included. */
  writeMs: number[];
  retries: number;
  timeouts: number;
  secrets: Secrets;
}

export interface LoadOptions {
  url: () => string;
  clients: number;
  writes: number;
  timeoutMs: number;
  /** Called after every acknowledged write (the kill scheduler listens). */
  onWrite?: (done: number) => void;
  runId: string;
}

const DIGITS = '零一二三四五六七八九';
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF 户口簿样例页 '.repeat(20))]);

function hanNumber(n: number): string {
  return String(n)
    .split('')
    .map((d) => DIGITS[Number(d)])
    .join('');
}

/** Unique valid ID numbers: the birth date walks the days, the sequence the parity (sex) and the rest. */
function idFor(base: string, index: number, female: boolean): string {
  const day = index % 3000;
  const seq = Math.floor(index / 3000) * 2 + (female ? 0 : 1) + 100;
  return sampleIdNumber(addDays(base, day), seq);
}

function accountFor(index: number): string {
  return `62284800${String(index).padStart(11, '0')}`;
}

class Client {
  constructor(
    private readonly o: LoadOptions,
    private readonly stats: LoadStats,
  ) {}

  private token: string | undefined;

  private async once(path: string, body: string | Buffer, contentType: string): Promise<any> {
    const started = performance.now();
    try {
      const res = await fetch(`${this.o.url()}${path}`, {
        method: 'POST',
        headers: { 'content-type': contentType, ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        body: typeof body === 'string' ? body : new Uint8Array(body),
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
      const json = await res.json();
      this.stats.requestMs.push(performance.now() - started);
      if (res.status >= 500) throw new Error(`HTTP ${res.status}`);
      return json;
    } catch (e) {
      if ((e as Error).name === 'TimeoutError') this.stats.timeouts += 1;
      throw e;
    }
  }

  /** Until the server answers: a timeout, a refused or dropped connection, a 5xx → wait a little, send again. */
  async send(path: string, body: () => string | Buffer, contentType = 'application/json'): Promise<any> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.once(path, body(), contentType);
      } catch (e) {
        this.stats.retries += 1;
        if (process.env.LOAD_DEBUG) console.log(`retry ${path}: ${(e as Error).message}`);
        if (attempt > 2000) throw new Error(`${path}: no answer after ${attempt} attempts`);
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 200));
      }
    }
  }

  async call(fn: string, action: string, input: unknown, key?: string): Promise<any> {
    const body = JSON.stringify({ action, input, ...(key ? { idempotencyKey: key } : {}) });
    const res = await this.send(`/api/${fn}`, () => body);
    return res;
  }

  async ok(fn: string, action: string, input: unknown, key?: string): Promise<any> {
    const res = await this.call(fn, action, input, key);
    if (!res.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(res.error)}`);
    return res.data;
  }

  async write(kind: WriteKind, fn: string, action: string, input: unknown, key: string, userId: string): Promise<any> {
    const started = performance.now();
    const data = await this.ok(fn, action, input, key);
    this.stats.writeMs.push(performance.now() - started);
    this.stats.writes.push({ kind, key, id: data.id, userId });
    this.o.onWrite?.(this.stats.writes.length);
    return data;
  }

  /**
   * 实名认证 until it holds, as a parent would retry it: an answer lost to a kill, or a retry that
   * overlapped a first try the kill then lost, leaves the user unverified without an error to see.
   */
  private async verified(person: { name: string; idNumber: string }): Promise<string> {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const answer = await this.call('account', 'verifyIdentity', person);
      if (answer.ok) return answer.data.userId;
      const me = await this.ok('account', 'me', {});
      if (me.verified) return me.userId;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('account.verifyIdentity: still not verified after 20 tries');
  }

  /** One family; stops early when the run has all its writes. */
  async family(index: number, budget: () => boolean): Promise<void> {
    const today = todayIn(new Date());
    const mother = { name: `压测母亲${hanNumber(index)}`, idNumber: idFor('1985-01-01', index, true) };
    const father = { name: `压测父亲${hanNumber(index)}`, idNumber: idFor('1984-01-01', index, false) };
    const second = { name: `压测次女${hanNumber(index)}`, birthDate: addDays('2024-01-01', index % 360), sex: 'F' as const };
    const secondId = sampleIdNumber(second.birthDate, 100 + 2 * Math.floor(index / 360));
    const newbornDate = addDays(today, -(10 + (index % 60)));
    this.stats.secrets.idNumbers.push(mother.idNumber, father.idNumber, secondId);
    this.stats.secrets.accountNumbers.push(accountFor(index));

    // devLogin is not keyed: a retried one makes a spare unverified user, as a parent tapping twice would.
    this.token = undefined;
    this.token = (await this.ok('account', 'devLogin', {})).token;
    const userId = await this.verified(mother);

    const person = (p: { name: string; idNumber: string }, hukouTownship: string) => ({
      ...p,
      ethnicity: 'dai',
      phone: `139${String(index).padStart(8, '0')}`,
      hukouTownship,
      hukouAddress: '弄璋镇压测村1号',
    });
    const key = (kind: string) => `load-${this.o.runId}-${index}-${kind}`;

    if (!budget()) return;
    const registration = await this.write(
      'registration',
      'registration',
      'submit',
      {
        applicant: person(mother, 'nongzhang'),
        spouse: person(father, 'nongzhang'),
        marriageDate: '2018-05-20',
        existingChildren: [
          { name: `压测长子${hanNumber(index)}`, birthDate: '2020-02-02', sex: 'M', relation: 'this-marriage', deceased: false },
          { ...second, relation: 'this-marriage', deceased: false },
        ],
        stage: 'born',
        birthDate: newbornDate,
        township: 'nongzhang',
      },
      key('registration'),
      userId,
    );

    if (!budget()) return;
    await this.write(
      'birth',
      'birth',
      'submit',
      {
        registrationId: registration.id,
        applicant: person(mother, 'nongzhang'),
        otherParent: person(father, 'nongzhang'),
        child: {
          name: `压测三宝${hanNumber(index)}`,
          sex: 'M',
          birthDate: newbornDate,
          birthTime: '08:05',
          weightGrams: 3250,
          lengthCm: 50,
          hospitalId: 'yj-people',
          ethnicity: 'dai',
        },
        household: {
          joins: 'applicant',
          headName: mother.name,
          headRelation: 'mother',
          hukouTownship: 'nongzhang',
          address: '弄璋镇压测村1号',
        },
        insurance: { scheme: 'urban_rural_resident', payer: 'applicant' },
        card: { delivery: 'post', postAddress: '弄璋镇压测村1号' },
        services: ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination'],
        attachments: [],
      },
      key('birth'),
      userId,
    );

    if (!budget()) return;
    const overview = await this.ok('subsidy', 'overview', {});
    const child = (overview as { child: { id: string; name: string } }[]).find((o) => o.child.name === second.name);
    if (!child) throw new Error(`family ${index}: the 2nd child is not in the subsidy overview`);
    const { body, contentType } = multipartBody({ bytes: JPEG, kind: 'hukou_book' });
    const upload = await this.send('/api/files', () => body, contentType);
    if (!upload.ok) throw new Error(`family ${index}: upload refused: ${JSON.stringify(upload.error)}`);
    await this.write(
      'subsidy',
      'subsidy',
      'apply',
      {
        childId: child.child.id,
        account: { kind: 'bank_card', holder: 'applicant', bankName: '中国农业银行', accountNumber: accountFor(index) },
        papers: {
          idNumber: secondId,
          birthCertificateNumber: `Q53${String(1000000 + index)}`,
          hukouTownship: 'nongzhang',
          hukouBookFileId: upload.data.fileId,
        },
      },
      key('subsidy'),
      userId,
    );
  }
}

/** `clients` workers take families one after another until `writes` writes are acknowledged. */
export async function runClients(o: LoadOptions, startIndex = 1): Promise<LoadStats> {
  const stats: LoadStats = {
    writes: [],
    requestMs: [],
    writeMs: [],
    retries: 0,
    timeouts: 0,
    secrets: { idNumbers: [], accountNumbers: [] },
  };
  let next = startIndex;
  let reserved = 0;
  // A family's three writes are reserved before it starts, so the total lands on `writes` exactly.
  await Promise.all(
    Array.from({ length: o.clients }, async () => {
      const client = new Client(o, stats);
      while (reserved < o.writes) {
        const index = next;
        next += 1;
        const mine = Math.min(3, o.writes - reserved);
        reserved += mine;
        let left = mine;
        await client.family(index, () => left-- > 0);
      }
    }),
  );
  return stats;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
