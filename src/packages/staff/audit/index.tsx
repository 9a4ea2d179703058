// The health bureau's audit log: who read, decided or exported what, and when. Newest first;
// opening this page and every query are themselves logged by the server.
import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { InputOf, Page, StaffRoleCode } from '@domain/api/contract';
import { AUDIT_ACTION_LABELS, AUDIT_TARGET_LABELS, auditActionLabel, auditTargetLabel, isFlaggedAuditAction } from '@domain/audit/labels';
import type { AuditEntryView } from '@domain/audit/types';
import type { FieldErrors } from '@domain/validation';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { DateField } from '@/components/form/DateField';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { showError } from '@/components/feedback';
import { ROLE_NAMES } from '@/content/roles';
import { formatInstant } from '@/services/format';
import { auditService } from '@/services/audit';
import { detailText } from './detailText';
import './index.scss';
import { Pager } from '@/components/Pager';

type Query = InputOf<'audit', 'auditLog'>;

const ROLE_OPTIONS = Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }));
const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));
const TARGET_OPTIONS = Object.entries(AUDIT_TARGET_LABELS).map(([value, label]) => ({ value, label }));

// Citizens act too (a subsidy application, a refused attempt): they hold no staff role.
const CITIZEN_ROLES: Readonly<Record<string, string>> = { parent: '群众（家长）' };

function roleText(role: string): string {
  return ROLE_NAMES[role as StaffRoleCode] ?? CITIZEN_ROLES[role] ?? role;
}

export default function AuditLogPage() {
  const [actorRole, setActorRole] = useState('');
  const [actorUserId, setActorUserId] = useState('');
  const [action, setAction] = useState('');
  const [targetType, setTargetType] = useState('');
  const [targetId, setTargetId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [flagged, setFlagged] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<Page<AuditEntryView> | null>(null);
  const [page, setPage] = useState(1);

  const search = async (pageNo = 1, onlyFlagged = flagged) => {
    const query: Query = { page: pageNo };
    if (onlyFlagged) query.flagged = true;
    if (actorRole) query.actorRole = actorRole as StaffRoleCode;
    if (actorUserId.trim()) query.actorUserId = actorUserId.trim();
    if (action) query.action = action;
    if (targetType) query.targetType = targetType;
    if (targetId.trim()) query.targetId = targetId.trim();
    if (from) query.from = from;
    if (to) query.to = to;
    try {
      setErrors({});
      setResult(await auditService.query(query));
      setPage(pageNo);
    } catch (error) {
      setErrors(showError(error));
    }
  };

  useEffect(() => {
    void search(1);
    // The newest entries on opening; later queries follow the filters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <PageShell>
      <View className='card'>
        <SelectField
          name='actorRole'
          label='操作人岗位'
          value={actorRole}
          options={ROLE_OPTIONS}
          onChange={setActorRole}
          error={errors.actorRole}
          placeholder='全部岗位'
        />
        <TextField
          name='actorUserId'
          label='操作人标识'
          value={actorUserId}
          onChange={setActorUserId}
          error={errors.actorUserId}
          placeholder='用户标识，可不填'
          maxlength={64}
        />
        <SelectField
          name='action'
          label='操作类型'
          value={action}
          options={ACTION_OPTIONS}
          onChange={setAction}
          error={errors.action}
          placeholder='全部操作'
        />
        <SelectField
          name='targetType'
          label='对象类型'
          value={targetType}
          options={TARGET_OPTIONS}
          onChange={setTargetType}
          error={errors.targetType}
          placeholder='全部对象'
        />
        <TextField
          name='targetId'
          label='对象标识'
          value={targetId}
          onChange={setTargetId}
          error={errors.targetId}
          placeholder='记录标识，可不填'
          maxlength={64}
        />
        <View className='audit-dates'>
          <DateField name='from' label='日期从' value={from} onChange={setFrom} error={errors.from} />
          <DateField name='to' label='至' value={to} onChange={setTo} error={errors.to} />
        </View>
        <Press className='btn btn-primary btn-block' onClick={() => search(1)}>
          查询
        </Press>
        <Press
          className={`btn btn-block ${flagged ? 'btn-primary' : 'btn-secondary'}`}
          data-testid='audit-flagged'
          onClick={() => {
            setFlagged(!flagged);
            void search(1, !flagged);
          }}
        >
          {flagged ? '显示全部记录' : '只看需关注的记录（异常查询量、越权访问）'}
        </Press>
      </View>

      {result ? <View className='section-title'>共 {result.total} 条</View> : null}
      {result && result.items.length === 0 ? <EmptyState title='没有符合条件的记录' /> : null}
      {result?.items.map((e) => (
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
      ))}
      {result ? <Pager page={page} result={result} onPage={search} /> : null}
    </PageShell>
  );
}
