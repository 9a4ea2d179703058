import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { installPrivacyListener } from './services/privacy';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyListener();
  });
  return children;
}

export default App;
