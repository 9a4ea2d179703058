import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { formatYuan } from '@domain/money';
import { StatusTag } from '@/components/StatusTag';
import { formatDate } from '@/services/format';
import { pageUrl } from '@domain/routes';
import { paymentDateNote, paymentStateText, paymentTone, type PaymentLine, type YearGroup } from './paymentLines';
import { RuleLink } from './RuleLink';

function PaymentRow({ line }: { line: PaymentLine }) {
  const note = paymentDateNote(line);
  return (
    <View className={`pay-line pay-${line.state}`} data-line={line.key} data-state={line.state}>
      <View className='row pay-line-head'>
        <Text className='pay-line-name'>{line.ruleName}</Text>
        <Text className='pay-line-amount'>{formatYuan(line.amountFen)}</Text>
      </View>
      <View className='row pay-line-sub'>
        <Text className='muted'>
          {line.periodLabel}
          {line.months ? ` · ${line.months}个月` : ''}
        </Text>
        <StatusTag text={paymentStateText(line.state)} tone={paymentTone(line.state)} />
      </View>
      {note ? <View className={`pay-line-date ${line.state === 'claimable' ? 'pay-line-due' : ''}`}>{note}</View> : null}
      {line.why ? <View className='pay-line-why'>{line.why}</View> : null}
      {line.state === 'rejected' && line.application?.rejectReason ? (
        <View className='pay-line-reject'>未通过原因：{line.application.rejectReason}</View>
      ) : null}
      {line.previousRejectReason ? <View className='pay-line-reject'>上次申请未通过：{line.previousRejectReason}</View> : null}
      {line.state === 'paid' && line.application?.batchNumber ? (
        <View className='muted'>发放批次 {line.application.batchNumber}</View>
      ) : null}
      <View className='row pay-line-links'>
        <RuleLink ruleId={line.ruleId} />
        {line.application ? (
          <Press
            look='inline'
            className='link'
            onClick={() => Taro.navigateTo({ url: pageUrl('/packages/subsidy/application/index', { id: line.application!.id }) })}
          >
            申请 {line.application.number} ›
          </Press>
        ) : null}
      </View>
    </View>
  );
}

/** The child's payments year by year, up to the year of the 3rd birthday. */
export function YearTimeline({ groups, thirdBirthday }: { groups: YearGroup[]; thirdBirthday: string }) {
  const lastYear = thirdBirthday.slice(0, 4);
  return (
    <View className='pay-years'>
      {groups.map((g) => (
        <View key={g.year} className='pay-year' data-year={g.year}>
          <View className='pay-year-dot' />
          <View className='pay-year-body'>
            <View className='row pay-year-head'>
              <Text className='pay-year-title'>{g.year}年</Text>
              {g.totalFen > 0 ? <Text className='muted'>{formatYuan(g.totalFen)}</Text> : null}
            </View>
            {g.lines.map((l) => (
              <PaymentRow key={l.key} line={l} />
            ))}
            {g.year === lastYear ? (
              <View className='muted pay-year-end'>{formatDate(thirdBirthday)} 满3周岁，育儿补贴发放到此为止</View>
            ) : null}
            {g.lines.length === 0 && g.year !== lastYear ? <View className='muted'>这一年没有补贴</View> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
