export { devLogin } from './devLogin';
export { me } from './me';
export { verifyIdentity, startVerify, confirmVerify } from './verifyIdentity';
export { signIn, signOut } from './signIn';
export { bindPhone } from './phone';
export { attachUpload, openUpload } from './cloudFiles';
export { staffSessions, endStaffSessions } from './staffSessions';
export { myCases, inbox, markRead, unreadCount } from './cases';
export { grantRole, revokeRole } from './roles';
