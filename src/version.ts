/** Kept equal to package.json's version (a test checks). Used to explain double registration. */
export const VERSION: string = '0.1.0';
