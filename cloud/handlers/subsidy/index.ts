export { overview, get } from './overview';
export { apply } from './apply';
