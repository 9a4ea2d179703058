export { dashboard } from './dashboard';
export { yearlyReport } from './report';
export { exportYearlyReport } from './export';
export { reportedFigures, setReportedFigure } from './reported';
export { openQuestions } from './openQuestions';
