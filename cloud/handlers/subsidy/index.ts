export { overview, get } from './overview';
export { apply } from './apply';
export { policy } from './policy';
