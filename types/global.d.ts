/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
    /** 'cloud' = wx.cloud.callFunction; anything else = HTTP to TARO_APP_API_BASE. H5 always uses HTTP. */
    TARO_APP_API?: 'cloud' | 'http';
    TARO_APP_API_BASE?: string;
    TARO_APP_CLOUD_ENV?: string;
    /** Subscribe-message template ids for case updates, comma-separated. */
    TARO_APP_SUBSCRIBE_TEMPLATE_IDS?: string;
    /** '1': a weapp build that still lists the demo accounts (the gateway refuses them in production). */
    TARO_APP_DEV_LOGIN?: string;
  }
}
