// The health bureau's audit log: who read, decided or exported what, and when. Newest first;
// opening this page and every query are themselves logged by the server.
import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { StaffRoleCode } from '@domain/api/contract';
import { AUDIT_ACTION_LABELS, AUDIT_TARGET_LABELS, auditActionLabel, auditTargetLabel, isFlaggedAuditAction } from '@domain/audit/labels';
import type { AuditEntryView } from '@domain/audit/types';
import { PageShell } from '@/components/PageShell';
import { bindFields } from '@/components/form/bindFields';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { ROLE_NAMES } from '@/content/roles';
import { formatInstant } from '@/services/format';
import { auditService } from '@/services/audit';
import { detailText } from './detailText';
import { filledIn, PagedList, PeriodAndSearch, usePagedSearch } from '../pagedSearch';
import './index.scss';

const ROLE_OPTIONS = Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }));
const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));
const TARGET_OPTIONS = Object.entries(AUDIT_TARGET_LABELS).map(([value, label]) => ({ value, label }));

// Citizens act too (a subsidy application, a refused attempt): they hold no staff role.
const CITIZEN_ROLES: Readonly<Record<string, string>> = { parent: '群众（家长）' };

function roleText(role: string): string {
  return ROLE_NAMES[role as StaffRoleCode] ?? CITIZEN_ROLES[role] ?? role;
}

const NO_FILTERS = {
  actorRole: '' as StaffRoleCode | '',
  actorUserId: '',
  action: '',
  targetType: '',
  targetId: '',
  from: '',
  to: '',
  flagged: false,
};

export default function AuditLogPage() {
  const [form, setForm] = useState(NO_FILTERS);
  const found = usePagedSearch(form, ({ flagged, ...filters }, page) =>
    auditService.query({ page, ...(flagged ? { flagged } : {}), ...filledIn(filters) }),
  );
  const field = bindFields(form, (patch) => setForm({ ...form, ...patch }), found.errors);

  useEffect(() => {
    void found.search(1);
    // The newest entries on opening; later queries follow the filters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const toggleFlagged = () => {
    const next = { ...form, flagged: !form.flagged };
    setForm(next);
    void found.search(1, next);
  };

  return (
    <PageShell>
      <View className='card'>
        <SelectField {...field('actorRole')} label='操作人岗位' options={ROLE_OPTIONS} placeholder='全部岗位' />
        <TextField {...field('actorUserId')} label='操作人标识' placeholder='用户标识，可不填' maxlength={64} />
        <SelectField {...field('action')} label='操作类型' options={ACTION_OPTIONS} placeholder='全部操作' />
        <SelectField {...field('targetType')} label='对象类型' options={TARGET_OPTIONS} placeholder='全部对象' />
        <TextField {...field('targetId')} label='对象标识' placeholder='记录标识，可不填' maxlength={64} />
        <PeriodAndSearch from={field('from')} to={field('to')} fromLabel='日期从' busy={found.busy} onSearch={() => found.search(1)} />
        <Press
          className={`btn btn-block ${form.flagged ? 'btn-primary' : 'btn-secondary'}`}
          data-testid='audit-flagged'
          disabled={found.busy || undefined}
          onClick={toggleFlagged}
        >
          {form.flagged ? '显示全部记录' : '只看需关注的记录（异常查询量、越权访问）'}
        </Press>
      </View>

      <PagedList search={found} empty='没有符合条件的记录'>
        {(e: AuditEntryView) => (
          <View key={e.id} className={isFlaggedAuditAction(e.action) ? 'card audit-flagged' : 'card'} data-entry={e.id}>
            <View className='row'>
              <Text className='card-title'>
                {isFlaggedAuditAction(e.action) ? '⚠ 需关注：' : ''}
                {auditActionLabel(e.action)}
              </Text>
              <Text className='muted'>{formatInstant(e.at)}</Text>
            </View>
            <View>
              {e.actorName ?? '（未实名）'} · {roleText(e.actorRole)}
            </View>
            <View className='muted' data-target={e.targetType}>
              {auditTargetLabel(e.targetType)}
              {e.targetName ? ` ${e.targetName}` : ''}
            </View>
            {Object.keys(e.detail).length > 0 ? <View className='muted audit-detail'>{detailText(e.detail)}</View> : null}
          </View>
        )}
      </PagedList>
    </PageShell>
  );
}
