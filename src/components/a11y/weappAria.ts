// h5 renders real elements with real aria-* attributes; only the weapp needs its templates extended (weappAria.weapp.ts).
export {};
