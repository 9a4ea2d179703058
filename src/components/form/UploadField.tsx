import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { ApiCallError } from '@/services/apiError';
import { upload } from '@/services/transport';
import { Field, type FieldProps } from './Field';

interface UploadFieldProps extends FieldProps {
  kind: string;
  /** The uploaded file's id, or '' when nothing is uploaded yet. */
  value: string;
  onChange: (fileId: string) => void;
}

type State = { status: 'idle' } | { status: 'uploading'; percent: number } | { status: 'failed'; message: string };

/** One photo: pick it, watch it upload, retry if the network drops. */
export function UploadField({ kind, value, onChange, ...field }: UploadFieldProps) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const [path, setPath] = useState('');

  const start = async (filePath: string) => {
    setState({ status: 'uploading', percent: 0 });
    try {
      const result = await upload(filePath, kind, (percent) => setState({ status: 'uploading', percent }));
      onChange(result.fileId);
      setState({ status: 'idle' });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof ApiCallError ? error.message : '上传失败，请重试' });
    }
  };

  const choose = async () => {
    try {
      const picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
      const filePath = picked.tempFilePaths[0];
      if (!filePath) return;
      setPath(filePath);
      await start(filePath);
    } catch {
      // The user closed the picker.
    }
  };

  return (
    <Field {...field} error={state.status === 'failed' ? state.message : field.error}>
      {state.status === 'uploading' ? (
        <View className='upload-progress' aria-label={`正在上传 ${state.percent}%`}>
          <View className='upload-bar'>
            <View className='upload-bar-fill' style={{ width: `${state.percent}%` }} />
          </View>
          <View className='muted'>正在上传 {state.percent}%</View>
        </View>
      ) : value ? (
        <View className='row upload-done'>
          <View className='upload-ok'>✓ 已上传</View>
          <Press className='btn btn-secondary upload-button' onClick={choose}>
            重新选择
          </Press>
        </View>
      ) : (
        <View className='row upload-actions'>
          <Press className='btn btn-secondary upload-button' onClick={choose}>
            拍照或选择照片
          </Press>
          {state.status === 'failed' && path ? (
            <Press className='btn btn-primary upload-button' onClick={() => start(path)}>
              重试
            </Press>
          ) : null}
        </View>
      )}
    </Field>
  );
}
