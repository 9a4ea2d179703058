// One valid input per action, the starting point the fuzzer damages. Record ids come from the demo
// seed, so a damaged input that still validates reaches the handler's own checks. An action missing
// here is fuzzed from `{}` (still every kind of bad input, only fewer near-valid ones).
import type { Kysely } from 'kysely';
import type { Database } from '../../cloud/db/tables';
import { addDays } from '../../domain/dates';
import { sampleIdNumber } from '../fixtures/people';

const PERSON = (name: string, idNumber: string) => ({
  name,
  idNumber,
  ethnicity: 'dai',
  phone: '13800138111',
  hukouTownship: 'nongzhang',
  hukouAddress: '弄璋镇样例村1号',
});

async function firstId(db: Kysely<Database>, table: keyof Database): Promise<string> {
  const row = await db
    .selectFrom(table as 'users')
    .select('id' as never)
    .limit(1)
    .executeTakeFirst();
  return (row as { id?: string } | undefined)?.id ?? 'no-such-record';
}

export async function validExamples(db: Kysely<Database>, today: string): Promise<Record<string, unknown>> {
  const registrationId = await firstId(db, 'registrations');
  const caseId = await firstId(db, 'birth_cases');
  const childId = await firstId(db, 'children');
  const subsidyId = await firstId(db, 'subsidy_applications');
  const institutionId = await firstId(db, 'nursery_institutions');
  const slotId = await firstId(db, 'nursery_visit_slots');
  const requestId = await firstId(db, 'nursery_requests');
  const batchId = await firstId(db, 'payout_batches');
  const messageId = await firstId(db, 'inbox_messages');
  const pregnancyId = await firstId(db, 'pregnancies');
  const mother = PERSON('样例母亲', sampleIdNumber('1995-04-12', 402));
  const father = PERSON('样例父亲', sampleIdNumber('1993-08-30', 411));
  const registration = {
    applicant: mother,
    spouse: { ...father, ethnicity: 'jingpo' },
    marriageDate: '2020-05-20',
    existingChildren: [{ name: '样例长子', birthDate: '2022-02-02', sex: 'M', relation: 'this-marriage', deceased: false }],
    stage: 'pregnant',
    dueDate: addDays(today, 100),
    township: 'nongzhang',
  };
  const childBirth = addDays(today, -10);
  const birth = {
    applicant: mother,
    otherParent: { ...father, ethnicity: 'jingpo' },
    child: {
      name: '样例宝宝',
      sex: 'M',
      birthDate: childBirth,
      birthTime: '08:05',
      weightGrams: 3250,
      lengthCm: 50,
      hospitalId: 'yj-people',
      ethnicity: 'jingpo',
    },
    household: {
      joins: 'otherParent',
      headName: father.name,
      headRelation: 'father',
      hukouTownship: 'nongzhang',
      address: '弄璋镇样例村1号',
    },
    insurance: { scheme: 'urban_rural_resident', payer: 'applicant' },
    card: { delivery: 'post', postAddress: '弄璋镇样例村1号' },
    services: ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination'],
    attachments: [],
  };
  const institution = {
    name: '样例托育园',
    filingNumber: 'TY-533123-2026-099',
    ownership: 'puhui',
    demonstration: false,
    kindergartenClass: false,
    township: 'pingyuan',
    address: '平原镇样例路9号',
    location: { lat: 24.709, lng: 97.94 },
    phone: '0692-8123456',
    hours: '周一至周五 8:00-17:30',
    careTypes: ['full_day'],
    caregivers: 4,
  };

  return {
    'account.devLogin': { demo: 'parent' },
    'account.verifyIdentity': { name: '样例新人', idNumber: sampleIdNumber('1996-01-01', 422) },
    'account.signIn': { code: 'LOGIN_sample_code_0001' },
    'account.bindPhone': { code: 'PHONE_sample_code_0001' },
    'account.startVerify': { name: '样例新人', idNumber: sampleIdNumber('1996-01-01', 422) },
    'account.confirmVerify': { verifyId: 'no-such-verify-id' },
    'account.staffSessions': { userId: 'no-such-user' },
    'account.attachUpload': { kind: 'hukou_book', cloudFileId: 'cloud://env.bucket/incoming/sample00000000000.jpg' },
    'account.openUpload': { fileId: 'no-such-file' },
    'account.endStaffSessions': { userId: 'no-such-user' },
    'account.markRead': { id: messageId },
    'account.grantRole': { idNumber: mother.idNumber, role: 'police' },
    'account.revokeRole': { userId: 'no-such-user', role: 'police' },
    'vaccine.calendar': { childId },
    'maternal.get': { id: pregnancyId },
    'maternal.start': { lmp: addDays(today, -60) },
    'maternal.correctDating': {
      id: pregnancyId,
      version: 1,
      lmp: addDays(today, -60),
      scanDate: addDays(today, -10),
      scanWeeks: 7,
      scanDays: 3,
    },
    'maternal.findMothers': { name: '演示张丽', birthDate: '1994-05-12' },
    'maternal.pregnancy': { id: pregnancyId },
    'maternal.recordCheck': { pregnancyId, checkId: 'prenatal-3', date: today, facility: '样例卫生院', notes: '样例' },
    'maternal.recordRisk': {
      pregnancyId,
      colours: ['red', 'purple'],
      assessedOn: today,
      facility: '样例医院',
      nextFollowUp: addDays(today, 7),
      notes: '样例',
    },
    'maternal.recordDelivery': { pregnancyId, version: 2, outcome: 'live_birth', deliveryDate: today, dischargeDate: today },
    'subsidy.apply': {
      childId,
      account: { kind: 'bank_card', holder: 'applicant', bankName: '中国农业银行', accountNumber: '6228480012345670001' },
    },
    'subsidy.get': { id: subsidyId },
    'subsidy.setSubsidyPolicy': { key: 'countyChildcareAfter2025', value: 'continues', source: '样例依据文件（样例文号）第一条' },
    'nursery.search': {
      township: 'pingyuan',
      ageMonths: 20,
      puhuiOnly: false,
      withVacancy: true,
      careType: 'full_day',
      limit: 20,
      offset: 0,
    },
    'nursery.detail': { id: institutionId },
    'nursery.bookVisit': { institutionId, slotId, visitors: 2, phone: '13800138111' },
    'nursery.applyPlace': {
      institutionId,
      classKind: 'toddler',
      careType: 'full_day',
      childId,
      startMonth: today.slice(0, 7),
      note: '样例',
    },
    'nursery.getRequest': { id: requestId },
    'nursery.cancelRequest': { id: requestId },
    'registration.submit': registration,
    'registration.get': { id: registrationId },
    'registration.editable': { id: registrationId },
    'registration.correct': { id: registrationId, input: registration },
    'registration.cancel': { id: registrationId, reason: '样例撤销原因' },
    'registration.spouseRequest': { id: registrationId },
    'registration.answerSpouse': { id: registrationId, answer: 'refuse' },
    'birth.eligibility': { hospitalId: 'yj-people', firstIssue: true, birthDate: childBirth, localHukouParent: true },
    'birth.submit': birth,
    'birth.get': { id: caseId },
    'birth.editable': { id: caseId },
    'birth.resubmitStep': { id: caseId, step: 'hukou', input: birth },
    'birth.bundleQueue': { step: 'hukou' },
    'birth.bundleStep': { caseId, step: 'birth_certificate' },
    'birth.acceptStep': { caseId, step: 'birth_certificate' },
    'birth.completeStep': { caseId, step: 'birth_certificate', result: { certificateNumber: 'Q537000999' } },
    'birth.rejectStep': { caseId, step: 'birth_certificate', reason: '样例退回原因' },
    'vaccine.findChildren': { name: '样例', birthDate: childBirth },
    'vaccine.childCalendar': { childId },
    'childHealth.overview': { childId },
    'childHealth.findChildren': { name: '样例', birthDate: childBirth },
    'childHealth.childHealth': { childId },
    'childHealth.queue': {},
    'childHealth.recordCheck': {
      childId,
      checkId: 'm3',
      facility: '样例乡镇卫生院',
      measurements: { date: today, weightKg: 6.2, lengthCm: 61, position: 'lying', headCm: 40 },
      development: 'normal',
    },
    'childHealth.recordScreening': {
      childId,
      kind: 'hearing',
      round: 'initial',
      result: 'recheck',
      date: childBirth,
      facility: '样例医院',
      recheckWhere: '县妇幼保健院',
    },
    'vaccine.recordDose': { childId, doseId: 'hepb-1', date: childBirth, product: 'HepB', batch: 'T-01', clinic: '样例接种门诊' },
    'registration.searchRegistrations': { township: 'nongzhang', from: '2026-01-01', to: today, page: 1 },
    'registration.getRegistration': { id: registrationId },
    'registration.correctRegistration': { id: registrationId, input: registration, reason: '样例更正' },
    'subsidy.recordHukouMove': { childId, movedOn: today, destination: 'outside_yunnan' },
    'subsidy.subsidyQueue': { status: 'submitted' },
    'subsidy.subsidyReview': { id: subsidyId },
    'subsidy.acceptSubsidy': { id: subsidyId },
    'subsidy.decideSubsidy': { id: subsidyId, decision: 'reject', reason: '样例驳回原因' },
    'subsidy.markBatchPaid': { batchId, paidOn: today },
    'subsidy.markTransferFailed': { batchId, applicationId: subsidyId, reason: '账号有误' },
    'subsidy.exportPayoutBatch': { batchId },
    'nursery.updateNurseryOffer': {
      classes: [{ kind: 'toddler', capacity: 15, enrolled: 10, careFeeMonthlyFen: 120000 }],
      mealsMonthlyFen: 30000,
      otherFees: [{ name: '被褥费', amountFen: 10000, per: 'once' }],
      hours: '周一至周五 8:00-17:30',
      careTypes: ['full_day'],
      caregivers: 4,
    },
    'nursery.addVisitSlot': { start: `${addDays(today, 7)}T10:00`, durationMin: 60, capacity: 5 },
    'nursery.removeVisitSlot': { slotId },
    'nursery.operatorRequests': { status: 'submitted' },
    'nursery.decideNurseryRequest': { id: requestId, decision: 'decline', answer: '样例答复' },
    'nursery.listInstitutions': { status: 'filed', township: 'pingyuan', page: 1 },
    'nursery.institution': { id: institutionId },
    'nursery.fileInstitution': institution,
    'nursery.setFilingStatus': { id: institutionId, status: 'pending', reason: '样例原因' },
    'nursery.recordInspection': { id: institutionId, date: today, result: 'pass', notes: '样例检查' },
    'dashboard.dashboard': { from: `${today.slice(0, 4)}-01`, to: today.slice(0, 7), township: 'pingyuan' },
    'dashboard.yearlyReport': { year: Number(today.slice(0, 4)), scope: 'county' },
    'dashboard.exportYearlyReport': { year: Number(today.slice(0, 4)), scope: 'subsidy' },
    'dashboard.reportedFigures': {},
    'dashboard.setReportedFigure': {
      figure: 'infant_mortality',
      year: Number(today.slice(0, 4)),
      value: 3.5,
      source: '样例 妇幼卫生年报 表3',
    },
    'audit.auditLog': { action: 'registration.read', page: 1 },
  };
}
