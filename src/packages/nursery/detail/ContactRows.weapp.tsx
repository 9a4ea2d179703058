import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { NurseryDetail } from '@domain/nursery/types';

export function ContactRows({ nursery }: { nursery: Pick<NurseryDetail, 'name' | 'address' | 'location' | 'phone'> }) {
  const navigate = () =>
    Taro.openLocation({
      latitude: nursery.location.lat,
      longitude: nursery.location.lng,
      name: nursery.name,
      address: nursery.address,
      scale: 16,
    }).catch(() => undefined);
  return (
    <>
      <View className='kv'>
        <View className='kv-key'>地址</View>
        <View className='kv-value'>
          <View>{nursery.address}</View>
          <Press className='btn btn-secondary nursery-inline-btn' onClick={navigate}>
            导航
          </Press>
        </View>
      </View>
      <View className='kv'>
        <View className='kv-key'>电话</View>
        <View className='kv-value'>
          <Press look='block' className='link' onClick={() => Taro.makePhoneCall({ phoneNumber: nursery.phone }).catch(() => undefined)}>
            {nursery.phone}（点击拨打）
          </Press>
        </View>
      </View>
    </>
  );
}
