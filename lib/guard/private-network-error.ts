/**
 * Thrown by the guarded fetch when a request went, or was about to go, into a private network:
 * blocked at the network layer, or answered from a private address a public name resolved to.
 * Nothing of the answer is returned.
 */
export class PrivateNetworkError extends Error {
  override readonly name = 'PrivateNetworkError';
}
