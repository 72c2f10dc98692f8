/** A base URL may carry a path (`https://h.example/api/v1`): append to it, never replace it. */
export const upstreamUrl = (baseUrl: string, path: string): string => baseUrl.replace(/\/+$/, '') + path;
