// The health bureau's list of what is still to be confirmed about the rules and data the service
// relies on (domain/openQuestions.ts): each note says what the service does meanwhile and which
// department is to confirm it. Staff only; parents' pages never show these notes.
import { View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { openQuestionsService } from '@/services/dashboard';
import './index.scss';
import { KvRow } from '@/components/KvRow';

export default function OpenQuestionsPage() {
  const topics = useLoad(() => openQuestionsService.list());
  const data = topics.data;
  return (
    <PageShell load={topics} className='open-questions'>
      {data ? (
        <>
          <View className='muted'>
            以下是政策条款、数据来源和口径中尚待有关部门确认的事项，以及确认前本服务的处理方式。确认后请通知开发团队更新规则数据。
          </View>
          {data.map((t) => (
            <View key={t.topic} className='card' data-topic={t.topic}>
              <View className='card-title' role='heading' aria-level={2}>
                {t.topic}（{t.questions.length}项）
              </View>
              {t.questions.map((q, i) => (
                <KvRow key={`${q.subject}-${i}`} label={q.subject}>
                  {q.toConfirm}
                </KvRow>
              ))}
            </View>
          ))}
        </>
      ) : null}
    </PageShell>
  );
}
