import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { todayIn } from '@domain/dates';
import type { CheckView } from '@domain/maternal/pregnancyCalendar';
import { RISK_COLOUR_RULES, type RiskColour } from '@domain/maternal/riskColours';
import { OUTCOME_LABELS, type DeliveryOutcome, type StaffPregnancyView } from '@domain/maternal/views';
import { PageShell } from '@/components/PageShell';
import { CheckList } from '@/components/maternal/CheckList';
import { RiskCard } from '@/components/maternal/RiskCard';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { FormActions } from '@/components/form/FormActions';
import { TextField } from '@/components/form/TextField';
import { showSuccess } from '@/components/feedback';
import { useLoad } from '@/hooks/useLoad';
import { useRecordSubmit } from '@/hooks/useRecordSubmit';
import { maternalStaffService } from '@/services/maternal';
import { newIdempotencyKey } from '@/services/transport';
import { Press } from '@/components/controls/Press';
import './index.scss';

type Form = 'check' | 'risk' | 'delivery' | null;

const GRADES: readonly RiskColour[] = ['green', 'yellow', 'orange', 'red'];
const GRADE_OPTIONS = GRADES.map((g) => ({ value: g, label: `${RISK_COLOUR_RULES[g].name}（${RISK_COLOUR_RULES[g].level}）` }));
const OUTCOME_OPTIONS = (Object.keys(OUTCOME_LABELS) as DeliveryOutcome[]).map((o) => ({ value: o, label: OUTCOME_LABELS[o] }));

export default function StaffPregnancyPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const page = useLoad(() => maternalStaffService.pregnancy(id), [id]);
  const today = todayIn(new Date());
  const [form, setForm] = useState<Form>(null);
  const [check, setCheck] = useState<CheckView | null>(null);
  const [entry, setEntry] = useState({ date: today, facility: '', notes: '' });
  const [risk, setRisk] = useState({ grade: '', purple: false, assessedOn: today, facility: '', nextFollowUp: '', notes: '' });
  const [delivery, setDelivery] = useState({ outcome: 'live_birth', deliveryDate: today, dischargeDate: '' });
  const [key, setKey] = useState(newIdempotencyKey);
  const { busy, run, errors, openForm } = useRecordSubmit(page);
  const v = page.data;
  if (!v) return <PageShell load={page} />;

  const show = (next: Form) => openForm(() => setForm(next));
  const done = (view: StaffPregnancyView, message: string) => {
    page.setData(view);
    setKey(newIdempotencyKey());
    setForm(null);
    showSuccess(message);
  };
  const recordCheck = () =>
    check &&
    run(async () =>
      done(
        await maternalStaffService.recordCheck(
          { pregnancyId: v.id, checkId: check.id, date: entry.date, facility: entry.facility, notes: entry.notes || null },
          key,
        ),
        '已录入',
      ),
    );
  const colours = [...(risk.grade ? [risk.grade as RiskColour] : []), ...(risk.purple ? (['purple'] as const) : [])];
  const recordRisk = () =>
    run(async () =>
      done(
        await maternalStaffService.recordRisk(
          {
            pregnancyId: v.id,
            colours,
            assessedOn: risk.assessedOn,
            facility: risk.facility,
            nextFollowUp: risk.nextFollowUp || null,
            notes: risk.notes || null,
          },
          key,
        ),
        '已录入评估',
      ),
    );
  const recordDelivery = () =>
    run(async () =>
      done(
        await maternalStaffService.recordDelivery({
          pregnancyId: v.id,
          version: v.version,
          outcome: delivery.outcome as DeliveryOutcome,
          deliveryDate: delivery.deliveryDate,
          dischargeDate: delivery.dischargeDate || null,
        }),
        '已记录分娩',
      ),
    );
  const c = v.calendar;
  const entryField = bindFields(entry, (patch) => setEntry({ ...entry, ...patch }), errors);
  const riskField = bindFields(risk, (patch) => setRisk({ ...risk, ...patch }), errors);
  const deliveryField = bindFields(delivery, (patch) => setDelivery({ ...delivery, ...patch }), errors);
  const pickCheck = (picked: CheckView) => {
    setCheck(picked);
    setEntry({ date: today, facility: v.booked?.facility ?? '', notes: '' });
    show('check');
  };

  return (
    <PageShell load={page}>
      <View className='card'>
        <View className='row'>
          <Text className='card-title'>{v.mother.name}</Text>
          <Text className='staff-week'>{c.delivered ? '已分娩' : (c.gestationalAgeText ?? '')}</Text>
        </View>
        <View className='muted'>
          {v.mother.birthDate ? `出生日期 ${v.mother.birthDate}` : ''}
          {v.mother.idNumberMasked ? ` · ${v.mother.idNumberMasked}` : ''}
        </View>
        <View>
          预产期 {v.dating.dueDate}（{v.dating.reason}）
        </View>
        <View className='muted'>
          {v.booked ? `建册：${v.booked.date} ${v.booked.facility}` : '尚未建册：录入“建立《母子健康手册》及第1次产前检查”即为建册'}
        </View>
        {v.delivery ? (
          <View className='muted'>
            分娩：{v.delivery.date}（{OUTCOME_LABELS[v.delivery.outcome]}）
            {v.delivery.dischargeDate ? ` · 出院 ${v.delivery.dischargeDate}` : ' · 出院日期未录入'}
          </View>
        ) : null}
        <View className='muted'>本次查阅已记入审计日志。</View>
        <View className='staff-actions'>
          <Press className='btn btn-secondary' onClick={() => show('risk')}>
            录入妊娠风险评估
          </Press>
          <Press className='btn btn-secondary' onClick={() => show('delivery')}>
            {v.delivery ? '更新分娩/出院' : '记录分娩'}
          </Press>
        </View>
      </View>

      {form === 'check' && check ? (
        <View className='card record-form' data-form='check'>
          <View className='card-title'>录入：{check.title}</View>
          <DateField {...entryField('date')} label='检查日期' required end={today} />
          <TextField {...entryField('facility')} label='检查机构' required maxlength={50} />
          <TextField {...entryField('notes')} label='检查情况（选填）' maxlength={200} />
          <View className='muted'>孕周按检查日期自动计算。</View>
          {errors.checkId ? <View className='field-error'>{errors.checkId}</View> : null}
          <FormActions backText='取消' submitText='确认录入' busy={busy} onBack={() => setForm(null)} onSubmit={recordCheck} />
        </View>
      ) : null}

      {form === 'risk' ? (
        <View className='card record-form' data-form='risk'>
          <View className='card-title'>录入妊娠风险评估</View>
          <ChoiceField
            {...riskField('grade')}
            name='colours'
            label='妊娠风险分级'
            required
            options={GRADE_OPTIONS}
            error={errors.colours}
          />
          <ChoiceField
            name='purple'
            label='紫色（孕妇患有传染性疾病，可与其他颜色同时标识）'
            value={risk.purple ? 'yes' : 'no'}
            options={[
              { value: 'no', label: '否' },
              { value: 'yes', label: '是' },
            ]}
            onChange={(x) => setRisk({ ...risk, purple: x === 'yes' })}
          />
          <DateField {...riskField('assessedOn')} label='评估日期' required end={today} />
          <TextField {...riskField('facility')} name='riskFacility' label='评估机构' required maxlength={50} />
          <DateField {...riskField('nextFollowUp')} label='下次随访日期' hint='橙色、红色、紫色纳入高危孕产妇专案管理，必须填写' />
          <TextField {...riskField('notes')} name='riskNotes' label='评估情况（选填）' maxlength={200} />
          <FormActions backText='取消' submitText='确认录入' busy={busy} onBack={() => setForm(null)} onSubmit={recordRisk} />
        </View>
      ) : null}

      {form === 'delivery' ? (
        <View className='card record-form' data-form='delivery'>
          <View className='card-title'>记录分娩</View>
          <ChoiceField {...deliveryField('outcome')} label='妊娠结局' required options={OUTCOME_OPTIONS} />
          <DateField {...deliveryField('deliveryDate')} label='分娩日期' required end={today} />
          <DateField {...deliveryField('dischargeDate')} label='出院日期' hint='录入后产后访视按出院日期计算' end={today} />
          <FormActions backText='取消' submitText='确认' busy={busy} onBack={() => setForm(null)} onSubmit={recordDelivery} />
        </View>
      ) : null}

      {v.risk ? <RiskCard risk={v.risk} /> : <View className='card muted'>尚未录入妊娠风险评估。</View>}

      <View className='section-title'>检查（点“录入”记录一次检查）</View>
      <CheckList checks={c.checks} onPick={pickCheck} />
      <View className='section-title'>指南推荐的产检</View>
      <CheckList checks={c.recommended} onPick={pickCheck} />

      {v.risks.length > 0 ? (
        <>
          <View className='section-title'>历次妊娠风险评估</View>
          {v.risks.map((r) => (
            <View key={r.id} className='card' data-risk-record={r.id}>
              <View className='row'>
                <Text className='queue-name'>{r.title}</Text>
                <Text className='muted'>{r.assessedOn}</Text>
              </View>
              <View className='muted'>
                {r.facility}
                {r.nextFollowUp ? ` · 下次随访 ${r.nextFollowUp}` : ''}
              </View>
              {r.notes ? <View>{r.notes}</View> : null}
            </View>
          ))}
        </>
      ) : null}
    </PageShell>
  );
}
