import Taro from '@tarojs/taro';
import { Button, View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { PRIVACY_SUMMARY } from '@/content/privacyNotice';
import { usePrivacyPrompt } from '@/stores/privacyPrompt';
import './PrivacySheet.scss';

export function PrivacySheet() {
  const open = usePrivacyPrompt((s) => s.open);
  const answer = usePrivacyPrompt((s) => s.answer);
  if (!open) return null;
  return (
    <View className='privacy-mask'>
      <View className='privacy-sheet' role='dialog' aria-label='个人信息保护提示'>
        <View className='card-title'>个人信息保护提示</View>
        <Text className='privacy-text'>{PRIVACY_SUMMARY}</Text>
        <Press
          look='block'
          className='link privacy-more'
          onClick={() => Taro.navigateTo({ url: '/packages/account/privacy/index' })}
        >
          查看《个人信息保护说明》全文
        </Press>
        <Button
          id='privacy-agree'
          className='btn btn-primary btn-block'
          openType='agreePrivacyAuthorization'
          onAgreePrivacyAuthorization={() => answer(true)}
          onClick={() => {
            // On h5 there is no WeChat event: the tap is the answer.
            if (process.env.TARO_ENV !== 'weapp') answer(true);
          }}
        >
          同意并继续
        </Button>
        <Press className='btn btn-secondary btn-block' onClick={() => answer(false)}>
          暂不同意
        </Press>
      </View>
    </View>
  );
}
