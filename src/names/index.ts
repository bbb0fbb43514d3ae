// Name matching shared by the identity, payment and sanctions checks.
export { foldText, normalizeName, tokenize, type NormalizedName } from './normalize.js';
export {
  compareNames,
  compareTokens,
  editDistance,
  isSameName,
  jaroWinkler,
  mayBeSimilar,
  nameSimilarity,
  sameName,
  skeleton,
  tokenSimilarity,
  type MatchMode,
  type NameComparison,
  type TokenPair,
} from './similarity.js';
