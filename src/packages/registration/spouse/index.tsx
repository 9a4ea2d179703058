// The person named as spouse in someone's 生育登记 answers here (from their inbox message):
// 这是我 joins them to the applicant's family; 这不是我 keeps them out and tells the applicant.
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { SPOUSE_CONSENT_TEXT } from '@domain/registration/spouseConsent';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { formatInstant } from '@/services/format';
import { registrationService } from '@/services/registration';
import './index.scss';

export default function SpouseConfirmPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const request = useLoad(() => registrationService.spouseRequest(id));
  const { busy, run } = useSubmit();
  const r = request.data;

  if (!r) {
    return <PageShell load={request} />;
  }

  const answer = async (choice: 'confirm' | 'refuse') => {
    await run(async () => {
      request.setData(await registrationService.answerSpouse(id, choice));
      void Taro.showToast({ title: choice === 'confirm' ? '已确认' : '已告知对方', icon: 'success' });
    });
  };

  const pending = r.spouseConsent === 'pending' && r.status === 'registered';
  return (
    <PageShell load={request}>
      <View className='card'>
        <View className='spouse-ask'>{r.applicantName}在生育登记中填写您为配偶</View>
        <View className='kv'><View className='kv-key'>登记编号</View><View className='kv-value'>{r.number}</View></View>
        <View className='kv'><View className='kv-key'>登记时间</View><View className='kv-value'>{formatInstant(r.createdAt)}</View></View>
        <View className='kv'>
          <View className='kv-key'>状态</View>
          <View className='kv-value'>
            <StatusTag text={r.status === 'cancelled' ? '已注销' : SPOUSE_CONSENT_TEXT[r.spouseConsent]} tone={r.spouseConsent === 'confirmed' ? 'ok' : r.spouseConsent === 'refused' ? 'bad' : 'pending'} />
          </View>
        </View>
      </View>

      {pending ? (
        <View className='card'>
          <View className='muted'>
            确认“这是我”后，您将与对方组成家庭，共同查看这份登记、孩子的接种和育儿补贴信息。如果您不认识对方或对方填错了，请选择“这不是我”，您不会加入对方的家庭，对方会收到提醒。
          </View>
          <View className='spouse-actions'>
            <Press className='btn btn-secondary spouse-action' disabled={busy} onClick={() => answer('refuse')}>
              这不是我
            </Press>
            <Press className='btn btn-primary spouse-action' disabled={busy} onClick={() => answer('confirm')}>
              这是我
            </Press>
          </View>
        </View>
      ) : null}

      {r.spouseConsent === 'confirmed' ? (
        <View className='card spouse-done'>
          <Text>您已确认，可在“我的办件”中查看这份生育登记。</Text>
        </View>
      ) : null}
      {r.spouseConsent === 'refused' ? (
        <View className='card muted'>您已表示“这不是我”，不会加入对方的家庭，对方已收到提醒。</View>
      ) : null}
    </PageShell>
  );
}
