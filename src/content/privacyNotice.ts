// Shown in the consent sheet (short) and on the privacy page (full). Bump the version when the
// text changes in substance: everyone is asked again.
export const PRIVACY_VERSION = '2026-11-28';

export const PRIVACY_SUMMARY =
  '为办理生育登记、“出生一件事”等业务，我们需要收集您和家人的姓名、公民身份号码、手机号码、户籍与住址、婚育情况。' +
  '这些信息仅用于办理您申请的事项，按业务需要共享给卫生健康、公安、医保、人社等承办部门，加密保存，工作人员每次查阅都会留痕。';

export const PRIVACY_SECTIONS: { title: string; body: string }[] = [
  {
    title: '我们收集什么',
    body: '实名认证时的姓名和公民身份号码；生育登记中夫妻双方的姓名、公民身份号码、民族、手机号码、户籍乡镇和地址、结婚登记日期、已有子女情况、预产期或出生日期、现居住乡镇。',
  },
  {
    title: '为什么收集',
    body: '用于核验身份、计算孩次、出具生育服务登记凭证，并在您申请时转给承办部门办理。不用于与办件无关的用途，不用于营销。',
  },
  {
    title: '谁能看到',
    body: '您本人和通过实名认证的配偶；按职责办理该事项的部门工作人员。工作人员的每次查阅、更正和导出都写入不可修改的审计记录。',
  },
  {
    title: '如何保护',
    body: '公民身份号码、手机号码等敏感信息加密存储，页面和日志中只显示部分号码（如 5331**********1234）。',
  },
  {
    title: '保存多久',
    body: '生育登记信息按卫生健康档案管理要求保存；未提交的草稿只保存在您的手机上，提交或注销登记后即删除。',
  },
  {
    title: '您的权利',
    body: '您可以在“办件”中查看、更正或注销自己的生育登记，也可以向盈江县卫生健康局咨询和投诉。',
  },
];
