import './components/a11y/weappAria';
import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { installPrivacyListener } from './services/privacy';
import { silentSignIn } from './services/transport';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyListener();
    // weapp over HTTP: sign in with WeChat without a tap (a no-op elsewhere).
    void silentSignIn();
  });
  return children;
}

export default App;
