// The LMS method as the WHO applies it (WHO Child Growth Standards, Methods and development, 2006,
// chapter 7 "Computation of centiles and z-scores"; the same formulas as the WHO's `anthro` package,
// R/z-score-helper.R):
//   z = ((y / M)^L − 1) / (L × S)                       (ln(y / M) / S when L = 0)
//   y = M × (1 + L × S × z)^(1 / L)                     (M × e^(S × z) when L = 0)
// Restricted application beyond ±3 SD (weight and head circumference, where L ≠ 1): the distance
// between the 2 SD and 3 SD lines is kept beyond 3 SD, so a very large or very small child does not
// get an extreme z from the long Box-Cox tail:
//   z > 3:  z = 3 + (y − SD3pos) / (SD3pos − SD2pos)
//   z < −3: z = −3 + (y − SD3neg) / (SD2neg − SD3neg)
// With L = 1 (length/height) the two are the same line, so the restriction changes nothing.
import type { Lms } from './types';

function lmsValue({ l, m, s }: Lms, z: number): number {
  return l === 0 ? m * Math.exp(s * z) : m * (1 + l * s * z) ** (1 / l);
}

/** The z-score of a measurement, with the WHO's restricted tails beyond ±3 SD. */
export function zScore(y: number, lms: Lms): number {
  const { l, m, s } = lms;
  const z = l === 0 ? Math.log(y / m) / s : ((y / m) ** l - 1) / (s * l);
  if (z > 3) {
    const sd3 = lmsValue(lms, 3);
    return 3 + (y - sd3) / (sd3 - lmsValue(lms, 2));
  }
  if (z < -3) {
    const sd3 = lmsValue(lms, -3);
    return -3 + (y - sd3) / (lmsValue(lms, -2) - sd3);
  }
  return z;
}

/** The measurement at a z-score: the inverse of zScore, tails included. */
export function valueAtZ(z: number, lms: Lms): number {
  if (z > 3) {
    const sd3 = lmsValue(lms, 3);
    return sd3 + (z - 3) * (sd3 - lmsValue(lms, 2));
  }
  if (z < -3) {
    const sd3 = lmsValue(lms, -3);
    return sd3 + (z + 3) * (lmsValue(lms, -2) - sd3);
  }
  return lmsValue(lms, z);
}

/**
 * Complementary error function (Numerical Recipes' Chebyshev fit, fractional error below 1.2e-7):
 * enough for a percentile shown to one decimal.
 */
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const y =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? y : 2 - y;
}

/** The share of the reference population below z (standard normal distribution), 0…1. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** The percentile of a z-score, 0…100. */
export function percentileOfZ(z: number): number {
  return 100 * normalCdf(z);
}
