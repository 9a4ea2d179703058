import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { NurseryDetail } from '@domain/nursery/types';
import { KvRow } from '@/components/KvRow';

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
      <KvRow label='地址'>
        <View>{nursery.address}</View>
        <Press className='btn btn-secondary nursery-inline-btn' onClick={navigate}>
          导航
        </Press>
      </KvRow>
      <KvRow label='电话'>
        <Press look='block' className='link' onClick={() => Taro.makePhoneCall({ phoneNumber: nursery.phone }).catch(() => undefined)}>
          {nursery.phone}（点击拨打）
        </Press>
      </KvRow>
    </>
  );
}
