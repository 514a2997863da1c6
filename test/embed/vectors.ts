/** Small vector helpers for the embedding tests. */
export const dot = (a: Float32Array, b: Float32Array): number => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
export const norm = (a: Float32Array): number => Math.sqrt(dot(a, a));
export const maxDifference = (a: Float32Array, b: Float32Array): number => Math.max(...a.map((value, i) => Math.abs(value - b[i]!)));
