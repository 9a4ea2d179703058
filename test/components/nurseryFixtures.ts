// One filed nursery as the detail and staff pages receive it (nurseryDetail, nurseryStaff tests).
import type { NurseryDetail } from '@domain/nursery/types';

export const detail: NurseryDetail = {
  id: 'n1',
  name: '平原镇示范托育中心（演示）',
  filingNumber: '533123BA20240001',
  filingStatus: 'filed',
  ownership: 'puhui',
  demonstration: true,
  kindergartenClass: false,
  township: 'pingyuan',
  address: '平原镇样例路1号',
  location: { lat: 24.71, lng: 97.94 },
  phone: '0692-1234567',
  hours: '周一至周五 7:30—17:30',
  careTypes: ['full_day', 'half_day'],
  classes: [
    { kind: 'infant', capacity: 10, enrolled: 10, vacancies: 0, careFeeMonthlyFen: 120000 },
    { kind: 'toddler', capacity: 15, enrolled: 13, vacancies: 2, careFeeMonthlyFen: 100000 },
    { kind: 'senior', capacity: 20, enrolled: 15, vacancies: 5, careFeeMonthlyFen: 80000 },
  ],
  mealsMonthlyFen: 30000,
  otherFees: [{ name: '被褥费', amountFen: 20000, per: 'term' }],
  caregivers: 9,
  grade: '一级',
  photos: [],
  latestInspection: { date: '2026-10-15', result: 'rectify', notes: '消毒记录不全，限期一个月整改' },
  inspections: [
    { date: '2026-10-15', result: 'rectify', notes: '消毒记录不全，限期一个月整改' },
    { date: '2026-04-02', result: 'pass', notes: '' },
  ],
  visitSlots: [{ id: 's1', start: '2026-12-05T09:30', durationMin: 60, capacity: 5, booked: 1 }],
  sample: true,
};
