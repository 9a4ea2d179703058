import { View } from '@tarojs/components';

/** The institution a request is made to, at the top of the request form. */
export function NurserySummary({ nursery }: { nursery: { name: string; address: string } }) {
  return (
    <View className='card nursery-summary'>
      <View className='card-title'>{nursery.name}</View>
      <View className='muted'>{nursery.address}</View>
    </View>
  );
}
