// Name matching shared by the identity, payment and sanctions checks.
export { foldText, normalizeName, tokenize, type NormalizedName } from './normalize.js';
export {
  compareNames,
  compareTokens,
  editDistance,
  isSameName,
  jaroWinkler,
  nameSimilarity,
  sameName,
  skeleton,
  tokenSimilarity,
  type MatchMode,
  type NameComparison,
  type TokenPair,
} from './similarity.js';
