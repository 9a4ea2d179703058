import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { EligibilityInput, ExistingBirthCase, OfflineGuide } from '@domain/birth/types';
import { eligibilitySchema } from '@domain/birth/eligibility';
import { todayIn } from '@domain/dates';
import { validate, type FieldErrors } from '@domain/validation';
import { PageShell } from '@/components/PageShell';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { SelectField } from '@/components/form/SelectField';
import { useSubmit } from '@/hooks/useSubmit';
import { BIRTH_PLACE_OPTIONS, YES_NO_OPTIONS } from '@/content/options';
import { useLoad } from '@/hooks/useLoad';
import { accountService } from '@/services/account';
import { birthService } from '@/services/birth';
import './index.scss';
import { pageUrl } from '@domain/routes';

interface Answers {
  hospitalId: string;
  firstIssue: string;
  birthDate: string;
  localHukouParent: string;
}

const asBool = (s: string): boolean | string => (s === 'yes' ? true : s === 'no' ? false : s);

export default function EligibilityPage() {
  const today = todayIn(new Date());
  const [answers, setAnswers] = useState<Answers>({ hospitalId: '', firstIssue: 'yes', birthDate: '', localHukouParent: 'yes' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  const [guides, setGuides] = useState<OfflineGuide[] | null>(null);
  // A case already made for a child born that day: said here, before any form is filled.
  const [existing, setExisting] = useState<ExistingBirthCase[] | null>(null);
  const cases = useLoad(() => accountService.myCases());
  const birthCases = (cases.data ?? []).filter((c) => c.kind === 'birth');
  const toForm = () =>
    Taro.redirectTo({ url: pageUrl('/packages/birth/form/index', { birthDate: answers.birthDate, hospitalId: answers.hospitalId }) });
  const field = bindFields(answers, (patch) => setAnswers({ ...answers, ...patch }), errors);

  const check = async () => {
    const candidate = { ...answers, firstIssue: asBool(answers.firstIssue), localHukouParent: asBool(answers.localHukouParent) };
    const checked = validate(eligibilitySchema(today), candidate);
    if (!checked.ok) return setErrors(checked.fields);
    setErrors({});
    await run(async () => {
      const result = await birthService.eligibility(checked.value as EligibilityInput);
      if (result.existing && result.existing.length > 0) {
        setExisting(result.existing);
      } else if (result.eligible) {
        await toForm();
      } else {
        setGuides(result.guides);
      }
    });
  };

  if (existing) {
    return (
      <PageShell>
        <View className='card existing-case'>
          <View className='card-title'>这个孩子的“出生一件事”已经申请过了</View>
          {existing.map((c) => (
            <View key={c.id} className='existing-case-item' data-existing={c.status}>
              <View>
                {c.childName}（{c.childBirthDate} 出生）的“出生一件事”<Text className='existing-case-status'>{c.statusText}</Text>
              </View>
              <View className='muted'>申请编号 {c.number}</View>
              <Press className='btn btn-primary btn-block' onClick={() => Taro.redirectTo({ url: c.link })}>
                查看办件
              </Press>
            </View>
          ))}
          <View className='muted'>每个孩子只需申请一次，无需重复申请。双胞胎、多胞胎的其他孩子可以各自申请。</View>
        </View>
        <Press className='btn btn-secondary btn-block' onClick={() => void toForm()}>
          为同一天出生的另一个孩子申请
        </Press>
        <Press className='btn btn-secondary btn-block' onClick={() => setExisting(null)}>
          返回修改回答
        </Press>
      </PageShell>
    );
  }

  if (guides) {
    return (
      <PageShell>
        <View className='card'>
          <View className='card-title'>这件事需要到窗口办理</View>
          <View className='muted'>根据您的回答，“出生一件事”暂不能在线一并办理。请按下面的指引办理，以免白跑。</View>
        </View>
        {guides.map((g) => (
          <View key={g.reason} className='card guide' data-reason={g.reason}>
            <View className='guide-why'>{g.why}</View>
            <View className='guide-label'>到哪里办</View>
            <View>{g.where}</View>
            <View className='guide-label'>带什么材料</View>
            {g.bring.map((item) => (
              <View key={item} className='guide-item'>
                <Text>· {item}</Text>
              </View>
            ))}
          </View>
        ))}
        <Press className='btn btn-secondary btn-block' onClick={() => setGuides(null)}>
          返回修改回答
        </Press>
      </PageShell>
    );
  }

  return (
    <PageShell>
      {birthCases.length > 0 ? (
        <View className='card existing-case'>
          <View className='card-title'>您已有“出生一件事”办件</View>
          {birthCases.map((c) => (
            <Press
              look='block'
              key={c.id}
              className='row existing-case-item'
              data-existing={c.status}
              onClick={() => Taro.navigateTo({ url: c.link })}
            >
              <Text>
                {c.title} · {c.statusText}
              </Text>
              <Text className='link'>查看 ›</Text>
            </Press>
          ))}
          <View className='muted'>每个孩子只需申请一次。为另一个孩子申请，请继续下面的问题。</View>
        </View>
      ) : null}
      <View className='card'>
        <View className='card-title'>先确认能否在线办理</View>
        <View className='muted'>出生医学证明、预防接种证、户口登记、医保参保、社保卡一次申请，各部门依次办理，进度随时可查。</View>
        <SelectField {...field('hospitalId')} label='孩子在哪里出生' required options={BIRTH_PLACE_OPTIONS} />
        <DateField {...field('birthDate')} label='孩子的出生日期' required end={today} />
        <ChoiceField {...field('firstIssue')} label='是否首次办理出生医学证明' options={YES_NO_OPTIONS} />
        <ChoiceField {...field('localHukouParent')} label='父母是否至少一方为盈江户口' options={YES_NO_OPTIONS} />
        <Press className='btn btn-primary btn-block' disabled={busy || undefined} onClick={check}>
          下一步
        </Press>
      </View>
    </PageShell>
  );
}
