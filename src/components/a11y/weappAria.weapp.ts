import { mergeInternalComponents } from '@tarojs/shared';
import ariaProps from './weappAriaProps.json';

// The runtime half of config/ariaPlugin.ts: the same attributes, merged before the first render.
mergeInternalComponents(ariaProps as Record<string, Record<string, string>>);
