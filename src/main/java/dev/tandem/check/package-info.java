/**
 * Translation checks on an aligned pair: findings with a stable code, a severity, the segments
 * concerned and a message; coverage of each side; and the state they put the pair in. The entry
 * point is {@link dev.tandem.check.Checker}.
 */
package dev.tandem.check;
