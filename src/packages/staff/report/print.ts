// H5: the browser prints the page; the print stylesheet (index.scss) hides everything but the report.
// The weapp build uses print.weapp.ts.
export const printReport: (() => void) | null = () => window.print();
