import type { IPluginContext } from '@tarojs/service';

// Taro's weapp templates only pass the attributes they list, and none of WeChat's aria-* ones:
// this adds them to the components we label, so TalkBack and VoiceOver read a role and a name.
// The runtime merges the same list (src/components/a11y/weappAria.weapp.ts): both must agree,
// or the compressed attribute names of the template and the runtime drift apart.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ariaProps = require('../src/components/a11y/weappAriaProps.json');

export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: { template?: { mergeComponents?: (c: IPluginContext, patch: object) => void } }) {
      platform.template?.mergeComponents?.(ctx, ariaProps);
    },
  });
};
