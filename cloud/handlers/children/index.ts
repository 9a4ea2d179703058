export { myChildren, dueNext, calendar } from './actions';
