/** Percent-decoded, for comparing and storing URLs; text that is not valid percent-encoding stays as written. */
export function decodeUriSafely(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
