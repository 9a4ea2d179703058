// Outside WeChat there are no subscribe messages: the in-app inbox carries every change.
export function requestCaseUpdates(): void {}
