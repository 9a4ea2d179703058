/** Environment variables as the server reads them; `process.env` fits, and so does a plain object in tests. */
export type Env = Readonly<Record<string, string | undefined>>;
