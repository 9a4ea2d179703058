import Taro from '@tarojs/taro';
import { View, Button } from '@tarojs/components';
import type { NurseryDetail } from '@domain/nursery/types';

export function ContactRows({ nursery }: { nursery: Pick<NurseryDetail, 'name' | 'address' | 'location' | 'phone'> }) {
  const navigate = () =>
    Taro.openLocation({ latitude: nursery.location.lat, longitude: nursery.location.lng, name: nursery.name, address: nursery.address, scale: 16 }).catch(() => undefined);
  return (
    <>
      <View className='kv'>
        <View className='kv-key'>地址</View>
        <View className='kv-value'>
          <View>{nursery.address}</View>
          <Button className='btn btn-secondary nursery-inline-btn' onClick={navigate}>
            导航
          </Button>
        </View>
      </View>
      <View className='kv'>
        <View className='kv-key'>电话</View>
        <View className='kv-value'>
          <View className='link' onClick={() => Taro.makePhoneCall({ phoneNumber: nursery.phone }).catch(() => undefined)}>
            {nursery.phone}（点击拨打）
          </View>
        </View>
      </View>
    </>
  );
}
