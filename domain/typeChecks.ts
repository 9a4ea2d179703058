// Compile-time checks: a schema's inferred output is proved equal to the contract's type, so the
// two cannot drift apart without `tsc` failing.

/** true when A and B are the same type (not merely assignable either way). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Fails to compile unless T is `true`. */
export type Assert<T extends true> = T;
