import { useState } from 'react';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { StaffRole, StaffRoleCode, StaffSessionView } from '@domain/api/contract';
import type { FieldErrors } from '@domain/validation';
import { PageShell } from '@/components/PageShell';
import { bindFields } from '@/components/form/bindFields';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { showError, showSuccess } from '@/components/feedback';
import { ROLE_NAMES, roleName } from '@/content/roles';
import { accountService } from '@/services/account';
import { formatInstant } from '@/services/format';
import { KvRow } from '@/components/KvRow';

const ROLE_OPTIONS = (Object.keys(ROLE_NAMES) as StaffRoleCode[])
  .filter((r) => r !== 'nursery_operator')
  .map((r) => ({ value: r, label: ROLE_NAMES[r] }));

export default function RolesPage() {
  const [form, setForm] = useState({ idNumber: '', role: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const field = bindFields(form, (patch) => setForm({ ...form, ...patch }), errors);
  const [granted, setGranted] = useState<{ userId: string; roles: StaffRole[] } | null>(null);
  const [sessions, setSessions] = useState<StaffSessionView[] | null>(null);

  const loadSessions = async (userId: string) => {
    try {
      setSessions(await accountService.staffSessions(userId));
    } catch (error) {
      showError(error);
    }
  };

  const end = async (userId: string, sessionId?: string) => {
    try {
      const { ended } = await accountService.endStaffSessions(userId, sessionId);
      showSuccess(ended > 0 ? `已结束 ${ended} 个登录` : '没有需要结束的登录');
      await loadSessions(userId);
    } catch (error) {
      showError(error);
    }
  };

  const grant = async () => {
    try {
      setErrors({});
      const result = await accountService.grantRole(form.idNumber.trim(), form.role as StaffRoleCode);
      setGranted(result);
      setSessions(null);
      showSuccess('已授予');
    } catch (error) {
      setErrors(showError(error));
    }
  };

  return (
    <PageShell>
      <View className='card'>
        <View className='card-title'>授予岗位</View>
        <View className='muted'>对方须先在小程序中完成实名认证。每次授予都记入审计日志。</View>
        <TextField {...field('idNumber')} label='工作人员公民身份号码' type='idcard' maxlength={18} required />
        <SelectField {...field('role')} label='岗位' options={ROLE_OPTIONS} required />
        <Press className='btn btn-primary btn-block' onClick={grant}>
          授予
        </Press>
      </View>
      {granted ? (
        <View className='card'>
          <View className='card-title'>该工作人员现有岗位</View>
          <View>{granted.roles.map((r) => roleName(r.role)).join('、')}</View>
          <View className='muted'>工作人员闲置30分钟或登录满12小时自动退出；手机遗失或人员调离时可立即结束其登录。</View>
          <Press className='btn btn-secondary btn-block' onClick={() => loadSessions(granted.userId)}>
            查看登录
          </Press>
          {sessions ? (
            sessions.length === 0 ? (
              <View className='muted'>当前没有有效的登录。</View>
            ) : (
              <>
                {sessions.map((s) => (
                  <KvRow key={s.id} label={<>登录于 {formatInstant(s.createdAt)}</>}>
                    最近使用 {formatInstant(s.lastSeenAt)}
                    <Press className='btn btn-secondary' size='mini' onClick={() => end(granted.userId, s.id)}>
                      结束
                    </Press>
                  </KvRow>
                ))}
                <Press className='btn btn-primary btn-block' onClick={() => end(granted.userId)}>
                  结束全部登录
                </Press>
              </>
            )
          ) : null}
        </View>
      ) : null}
    </PageShell>
  );
}
