import { SeededRandom } from '../generate/SeededRandom'

/** Picks `count` distinct codes from the folder's list, the same ones for the same seed. */
export function pickSampleCodes(codes: readonly string[], count: number, seed: number): string[] {
  return new SeededRandom(seed + 7).sample(codes, count)
}
