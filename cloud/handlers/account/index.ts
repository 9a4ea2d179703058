export { devLogin } from './devLogin';
export { me } from './me';
export { verifyIdentity } from './verifyIdentity';
export { myCases, inbox, markRead } from './cases';
export { grantRole, revokeRole } from './roles';
