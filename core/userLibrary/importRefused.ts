/**
 * A file an importer cannot make a source of, with a sentence for the user naming the file and
 * what to do. core/ knows nothing of the API's error codes; the host turns this into one.
 */
export class ImportRefused extends Error {
  override readonly name = 'ImportRefused';
}
