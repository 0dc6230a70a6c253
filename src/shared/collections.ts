/** The entry collections every region has, and how a file name becomes a slug. Pure: no file access. */
export const SHARED_REGION = 'landelijk';
export const ENTRY_COLLECTIONS = ['hoofdstukken', 'begrippen', 'organisaties', 'trainingen'] as const;
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];
export const ENTRY_EXTENSIONS = /\.(md|mdx)$/;

/** File name to slug: `03-samenwerking.mdx` becomes `samenwerking` (the number only orders files). */
export function slugOf(file: string): string {
  const name = file.split(/[\\/]/).at(-1) ?? file;
  return name.replace(ENTRY_EXTENSIONS, '').replace(/^\d+[-_]/, '');
}
