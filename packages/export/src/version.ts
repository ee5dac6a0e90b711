/** This package's version, as written in manifests (a test holds it equal to package.json's). */
export const exportPackageVersion = '0.1.0';
