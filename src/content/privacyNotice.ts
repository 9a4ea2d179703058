// Shown in the consent sheet (short) and on the privacy page (full). Bump the version when the
// text changes in substance: everyone is asked again. What is kept and for how long comes from
// domain/retention.ts, the same data the retention job and the drafts store enforce.
import { KEPT_RECORDS, RETENTION, type RetentionPeriod } from '@domain/retention';

export const PRIVACY_VERSION = '2026-12-09';

function retentionLine(p: RetentionPeriod): string {
  return `${p.what}：${p.days === null ? '按档案管理规定保存' : `保存${p.days}天`}。${p.why}。`;
}

/** One line per kind of data: what is kept, for how long and why. */
export const RETENTION_LINES: readonly string[] = [...KEPT_RECORDS, ...Object.values(RETENTION)].map(retentionLine);

export const PRIVACY_SUMMARY =
  '为办理生育登记、“出生一件事”等业务，我们需要收集您和家人的姓名、公民身份号码、手机号码、户籍与住址、婚育情况。' +
  '申领生育补贴时，还需要收款银行卡或社会保障卡的开户银行、户名和账号。' +
  '这些信息仅用于办理您申请的事项，按业务需要共享给卫生健康、公安、医保、人社、财政等承办部门，加密保存，工作人员每次查阅都会留痕。' +
  '查找托育机构时，经您同意才读取手机位置，仅用于按距离排序。';

export const PRIVACY_SECTIONS: { title: string; body: string }[] = [
  {
    title: '我们收集什么',
    body: '实名认证时的姓名和公民身份号码；生育登记中夫妻双方的姓名、公民身份号码、民族、手机号码、户籍乡镇和地址、结婚登记日期、已有子女情况、预产期或出生日期、现居住乡镇；申领生育补贴时的收款账户（开户银行、户名、银行卡或社会保障卡账号），系统尚无孩子户口信息时孩子的公民身份号码、出生医学证明编号和户口簿照片，申领意外伤害险参保补贴时所购保险的保险公司、保单号和保险期间。',
  },
  {
    title: '为什么收集',
    body: '用于核验身份、计算孩次、出具生育服务登记凭证，并在您申请时转给承办部门办理。不用于与办件无关的用途，不用于营销。',
  },
  {
    title: '位置信息',
    body: '查找托育机构时，只有在您点“使用我的位置”并同意授权后才读取手机的位置，仅用于这次按距离排序，不保存、不用于其他用途；不授权也可以选择乡镇查找。',
  },
  {
    title: '谁能看到',
    body: '您本人和通过实名认证的配偶；按职责办理该事项的部门工作人员。工作人员的每次查阅、更正和导出都写入不可修改的审计记录。',
  },
  {
    title: '如何保护',
    body: '公民身份号码、手机号码、银行账号等敏感信息加密存储，页面和日志中只显示部分号码（如 5331**********1234，银行账号只显示后4位）。完整的银行账号只在财政部门导出发放清单交银行代发时使用，每次导出都留痕。',
  },
  {
    title: '保存多久',
    body: RETENTION_LINES.join(''),
  },
  {
    title: '您的权利',
    body: '您可以在“办件”中查看、更正或注销自己的生育登记，也可以向盈江县卫生健康局咨询和投诉。',
  },
];
