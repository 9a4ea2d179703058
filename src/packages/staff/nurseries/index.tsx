import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { FilingStatus, NurseryDetail } from '@domain/nursery/types';
import type { Page } from '@domain/api/contract';
import { FILING_STATUS_LABELS, INSPECTION_RESULT_LABELS } from '@domain/nursery/labels';
import type { TownshipCode } from '@domain/place/townships';
import { townshipName } from '@domain/place/townships';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { ChoiceField } from '@/components/form/ChoiceField';
import { SelectField } from '@/components/form/SelectField';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { nurseryBureauService } from '@/services/nursery';
import { TOWNSHIP_OPTIONS } from '@/content/options';
import { FILING_STATUS_OPTIONS, FILING_STATUS_TONES, INSPECTION_TONES } from '@/content/nursery';
import { InstitutionForm } from './InstitutionForm';
import { InstitutionPanel } from './InstitutionPanel';
import './index.scss';

type Mode = { kind: 'list' } | { kind: 'file' } | { kind: 'one'; nursery: NurseryDetail } | { kind: 'edit'; nursery: NurseryDetail };

const STATUS_FILTER = [{ value: '', label: '全部' }, ...FILING_STATUS_OPTIONS];

export default function NurseriesPage() {
  const [status, setStatus] = useState('');
  const [township, setTownship] = useState('');
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [pages, setPages] = useState(1);
  const query = (page: number) => ({
    page,
    ...(status ? { status: status as FilingStatus } : {}),
    ...(township ? { township: township as TownshipCode } : {}),
  });

  // The list: page 1 … `pages`, concatenated; a change of filter starts again at page 1.
  const list = useLoad(async (): Promise<Page<NurseryDetail>> => {
    const loaded = await Promise.all(Array.from({ length: pages }, (_, i) => nurseryBureauService.list(query(i + 1))));
    return { items: loaded.flatMap((p) => p.items), total: loaded[0]?.total ?? 0, pageSize: loaded[0]?.pageSize ?? 0 };
  }, [status, township]);
  const { busy, run } = useSubmit();

  const filter = (patch: { status?: string; township?: string }) => {
    setStatus(patch.status ?? status);
    setTownship(patch.township ?? township);
    setPages(1);
  };

  const more = () =>
    run(async () => {
      const next = await nurseryBureauService.list(query(pages + 1));
      setPages(pages + 1);
      list.setData({ ...next, items: [...(list.data?.items ?? []), ...next.items] });
    });

  const open = (id: string) =>
    run(async () => {
      setMode({ kind: 'one', nursery: await nurseryBureauService.institution(id) });
    });

  const back = () => {
    setMode({ kind: 'list' });
    void list.reload();
  };

  if (mode.kind === 'file' || mode.kind === 'edit') {
    return (
      <PageShell>
        <InstitutionForm
          editing={mode.kind === 'edit' ? mode.nursery : undefined}
          onDone={(saved) => setMode({ kind: 'one', nursery: saved })}
          onCancel={() => (mode.kind === 'edit' ? setMode({ kind: 'one', nursery: mode.nursery }) : back())}
        />
      </PageShell>
    );
  }

  if (mode.kind === 'one') {
    return (
      <PageShell>
        <Press look='block' className='link institution-back' onClick={back}>
          ‹ 返回机构列表
        </Press>
        <InstitutionPanel
          key={mode.nursery.id}
          nursery={mode.nursery}
          onChanged={(nursery) => setMode({ kind: 'one', nursery })}
          onEdit={() => setMode({ kind: 'edit', nursery: mode.nursery })}
        />
        <View className='muted'>本次查阅已记入审计日志。</View>
      </PageShell>
    );
  }

  const data = list.data;
  return (
    <PageShell load={list}>
      <View className='card'>
        <ChoiceField name='status' label='备案状态' value={status} options={STATUS_FILTER} onChange={(v) => filter({ status: v })} />
        <SelectField
          name='township'
          label='乡镇'
          value={township}
          options={TOWNSHIP_OPTIONS}
          onChange={(v) => filter({ township: v })}
          placeholder='全部乡镇'
        />
        <Press className='btn btn-primary btn-block' onClick={() => setMode({ kind: 'file' })}>
          备案新机构
        </Press>
      </View>
      {data ? <View className='section-title'>共 {data.total} 家</View> : null}
      {data && data.items.length === 0 ? <EmptyState title='没有符合条件的机构' /> : null}
      {(data?.items ?? []).map((n) => (
        <Press look='block' key={n.id} className='card institution-item' data-institution={n.id} onClick={() => open(n.id)}>
          <View className='row institution-head'>
            <Text className='card-title'>{n.name}</Text>
            <StatusTag text={FILING_STATUS_LABELS[n.filingStatus]} tone={FILING_STATUS_TONES[n.filingStatus]} />
          </View>
          <View className='muted'>
            {n.filingNumber} · {townshipName(n.township)}
          </View>
          <View className='muted'>
            {n.latestInspection ? (
              <>
                最近检查 {n.latestInspection.date}{' '}
                <StatusTag text={INSPECTION_RESULT_LABELS[n.latestInspection.result]} tone={INSPECTION_TONES[n.latestInspection.result]} />
              </>
            ) : (
              '尚无检查记录'
            )}
          </View>
        </Press>
      ))}
      {data && data.items.length < data.total ? (
        <Press className='btn btn-secondary btn-block' disabled={busy} onClick={more}>
          加载更多
        </Press>
      ) : null}
    </PageShell>
  );
}
