import { View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { PRIVACY_SECTIONS, PRIVACY_VERSION } from '@/content/privacyNotice';

export default function PrivacyPage() {
  return (
    <PageShell>
      {PRIVACY_SECTIONS.map((s) => (
        <View key={s.title} className='card'>
          <View className='card-title'>{s.title}</View>
          <View>{s.body}</View>
        </View>
      ))}
      <View className='muted'>版本 {PRIVACY_VERSION}</View>
    </PageShell>
  );
}
