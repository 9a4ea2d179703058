import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { NurseryDetail } from '@domain/nursery/types';

// H5: the address with a copy button (no map app to hand over to) and the phone number as a tel: link
// (a tap opens the phone's dialer).
// The weapp build uses ContactRows.weapp.tsx (导航 through WeChat's map, tap to call).
export function ContactRows({ nursery }: { nursery: Pick<NurseryDetail, 'name' | 'address' | 'location' | 'phone'> }) {
  return (
    <>
      <View className='kv'>
        <View className='kv-key'>地址</View>
        <View className='kv-value'>
          <View>{nursery.address}</View>
          <Press className='btn btn-secondary nursery-inline-btn' onClick={() => Taro.setClipboardData({ data: nursery.address })}>
            复制地址
          </Press>
        </View>
      </View>
      <View className='kv'>
        <View className='kv-key'>电话</View>
        <View className='kv-value'>
          <a className='link nursery-phone' href={`tel:${nursery.phone.replace(/[^\d+]/g, '')}`}>
            {nursery.phone}（点击拨打）
          </a>
        </View>
      </View>
    </>
  );
}
