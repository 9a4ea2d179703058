import { useState } from 'react';
import { View, Button } from '@tarojs/components';
import type { StaffRole, StaffRoleCode } from '@domain/api/contract';
import type { FieldErrors } from '@domain/validation';
import { PageShell } from '@/components/PageShell';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { showError, showSuccess } from '@/components/feedback';
import { ROLE_NAMES, roleName } from '@/content/roles';
import { accountService } from '@/services/account';

const ROLE_OPTIONS = (Object.keys(ROLE_NAMES) as StaffRoleCode[])
  .filter((r) => r !== 'nursery_operator')
  .map((r) => ({ value: r, label: ROLE_NAMES[r] }));

export default function RolesPage() {
  const [idNumber, setIdNumber] = useState('');
  const [role, setRole] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [granted, setGranted] = useState<StaffRole[] | null>(null);

  const grant = async () => {
    try {
      setErrors({});
      const result = await accountService.grantRole(idNumber.trim(), role as StaffRoleCode);
      setGranted(result.roles);
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
        <TextField name='idNumber' label='工作人员公民身份号码' type='idcard' maxlength={18} value={idNumber} onChange={setIdNumber} error={errors.idNumber} required />
        <SelectField name='role' label='岗位' value={role} options={ROLE_OPTIONS} onChange={setRole} error={errors.role} required />
        <Button className='btn btn-primary btn-block' onClick={grant}>
          授予
        </Button>
      </View>
      {granted ? (
        <View className='card'>
          <View className='card-title'>该工作人员现有岗位</View>
          <View>{granted.map((r) => roleName(r.role)).join('、')}</View>
        </View>
      ) : null}
    </PageShell>
  );
}
