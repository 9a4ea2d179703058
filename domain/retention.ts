// How long each kind of data is kept, and why: the retention job (cloud/jobs/retention.ts), the
// drafts store (src/stores/draftExpiry.ts) and the privacy notice (src/content/privacyNotice.ts) all
// read these, so what the notice promises is what the code does.

export interface RetentionPeriod {
  /** What is kept, as the privacy notice names it. */
  what: string;
  /** Days after the last change; null = kept as a record of the case (see `why`). */
  days: number | null;
  why: string;
}

/** Removed on a schedule (the periods the code enforces). */
export const RETENTION = {
  /** Files uploaded but never attached to a submitted 出生一件事 or subsidy application. */
  unattachedUploads: {
    what: '上传后未随申请提交的材料照片（如户口簿页）',
    days: 30,
    why: '上传后要留给您填完并提交申请；手机上的草稿也保存30天，超过后草稿已失效，材料不再有用，连同文件一并删除',
  },
  /** Stored answers that let a retried submission return the first result instead of a duplicate. */
  idempotencyKeys: {
    what: '防重复提交记录（提交结果的加密副本）',
    days: 7,
    why: '只为网络中断后重试时不重复办理；重试都在几分钟到几天内发生，7天后删除',
  },
  /** Half-filled forms, kept on the phone only (never sent to the server until submitted). */
  deviceDrafts: {
    what: '未提交的表单草稿（只保存在您的手机上）',
    days: 30,
    why: '让您中断后可以接着填写；30天未修改的草稿在下次打开时自动删除，提交后立即删除',
  },
} as const satisfies Record<string, RetentionPeriod>;

/** Kept as records of the case: listed in the privacy notice, not removed by the job. */
export const KEPT_RECORDS: readonly RetentionPeriod[] = [
  {
    what: '生育登记、“出生一件事”办件及随申请提交的材料、补贴申领和发放记录',
    days: null,
    why: '属于卫生健康、户籍、社会保障等业务档案，按相关档案管理规定保存，用于核查、补办和补贴发放',
  },
  {
    what: '工作人员查阅、更正、审核和导出的审计记录',
    days: null,
    why: '用于追查谁在何时查看或改动了您的信息，只能追加，不能修改或删除',
  },
];

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant before which something last changed `days` ago is due for removal. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
