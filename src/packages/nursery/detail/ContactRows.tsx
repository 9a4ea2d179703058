import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { NurseryDetail } from '@domain/nursery/types';
import { KvRow } from '@/components/KvRow';

// H5: the address with a copy button (no map app to hand over to) and the phone number as a tel: link
// (a tap opens the phone's dialer).
// The weapp build uses ContactRows.weapp.tsx (导航 through WeChat's map, tap to call).
export function ContactRows({ nursery }: { nursery: Pick<NurseryDetail, 'name' | 'address' | 'location' | 'phone'> }) {
  return (
    <>
      <KvRow label='地址'>
        <View>{nursery.address}</View>
        <Press className='btn btn-secondary nursery-inline-btn' onClick={() => Taro.setClipboardData({ data: nursery.address })}>
          复制地址
        </Press>
      </KvRow>
      <KvRow label='电话'>
        <a className='link nursery-phone' href={`tel:${nursery.phone.replace(/[^\d+]/g, '')}`}>
          {nursery.phone}（点击拨打）
        </a>
      </KvRow>
    </>
  );
}
