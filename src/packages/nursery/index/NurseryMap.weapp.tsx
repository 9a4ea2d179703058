import { Map, View } from '@tarojs/components';
import type { LatLng, NurseryListItem } from '@domain/nursery/types';
import { distanceText } from '@/content/nursery';

export const mapAvailable = true;

// The tab bar's green house (already in the main package) doubles as the marker: no extra image to ship.
const MARKER_ICON = '/assets/tab/home-active.png';

interface Props {
  origin: LatLng;
  items: readonly NurseryListItem[];
  onOpen: (id: string) => void;
}

/** The results loaded so far as markers around where the search started; a callout tap opens one. */
export function NurseryMap({ origin, items, onOpen }: Props) {
  // WeChat marker ids are numbers: the index into the loaded results.
  const markers = items.map((item, index) => ({
    id: index,
    latitude: item.location.lat,
    longitude: item.location.lng,
    title: item.name,
    width: 30,
    height: 30,
    iconPath: MARKER_ICON,
    callout: {
      content: `${item.name} · ${distanceText(item.distanceM)}`,
      display: 'BYCLICK' as const,
      padding: 8,
      borderRadius: 6,
      fontSize: 14,
      color: '#1f2329',
      bgColor: '#ffffff',
      textAlign: 'left' as const,
      anchorX: 0,
      anchorY: 0,
      borderWidth: 0,
      borderColor: '#ffffff',
    },
  }));
  const open = (markerId: number) => {
    const item = items[markerId];
    if (item) onOpen(item.id);
  };
  return (
    <View className='nursery-map-wrap'>
      <Map
        className='nursery-map'
        latitude={origin.lat}
        longitude={origin.lng}
        scale={12}
        markers={markers}
        showLocation
        onCalloutTap={(e) => open(Number(e.detail.markerId))}
        onError={() => undefined}
      />
      <View className='muted nursery-map-note'>地图显示已加载的 {items.length} 家，点标记名称查看详情。位置为样例坐标，仅供参考。</View>
    </View>
  );
}
